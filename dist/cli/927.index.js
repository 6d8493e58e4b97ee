export const id = 927;
export const ids = [927];
export const modules = {

/***/ 9927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configInitCommand: () => (/* binding */ configInitCommand),
/* harmony export */   configShowCommand: () => (/* binding */ configShowCommand),
/* harmony export */   configValidateCommand: () => (/* binding */ configValidateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6128);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _naming_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3305);
/* harmony import */ var _render_names_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5968);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3567);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1754);
// `dpn config init|validate|show`: the naming convention's two YAML files.









async function load(args, io) {
    return (0,_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .loadNamingConfig */ .nm)({
        valuesConfig: args.values['values-config'],
        patternsConfig: args.values['patterns-config'],
        cwd: io.cwd,
    });
}
const HEADER = {
    values: '# dpn naming values: the variables the patterns fill in.\n' +
        '# Later wins: defaults, environments[env], resource_types[type], blueprint metadata,\n' +
        '# the resource\'s own fields, --override key=value.\n',
    patterns: '# dpn naming patterns: one template per resource type, the transformations applied\n' +
        '# to values, and validation rules that may only tighten the platform rules.\n',
};
const configInitCommand = {
    path: ['config', 'init'],
    summary: 'Write .dpn/naming-values.yaml and naming-patterns.yaml with the built-in convention',
    usage: '[--dir DIR]\n\nDIR defaults to .dpn. Existing files are never overwritten.',
    options: { dir: { type: 'string' } },
    async run(args, io) {
        const dir = args.values.dir ?? _config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .CONFIG_DIR */ .XY;
        const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, dir);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(target, { recursive: true });
        const files = [
            [_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .VALUES_FILE */ .Yc, HEADER.values + (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(_naming_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_VALUES_DOCUMENT */ .NP, { lineWidth: 0 })],
            [_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .PATTERNS_FILE */ .TV, HEADER.patterns + (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(_naming_index_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_PATTERNS_DOCUMENT */ .kt, { lineWidth: 0 })],
        ];
        const written = [];
        try {
            for (const [name, text] of files) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(target, name), text, { flag: 'wx' });
                written.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
            }
        }
        catch (cause) {
            if (cause.code !== 'EEXIST')
                throw cause;
            // Leave the directory as it was: both files or neither.
            for (const file of written)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, file), { force: true });
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${dir} already holds ${_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .VALUES_FILE */ .Yc} or ${_config_load_js__WEBPACK_IMPORTED_MODULE_3__/* .PATTERNS_FILE */ .TV}; dpn config init never overwrites them`, 'EXISTS', 'edit the existing files, or pass --dir for a fresh copy elsewhere');
        }
        io.stderr.write(`wrote ${written.join(' and ')} (the built-in convention)\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    },
};
const configValidateCommand = {
    path: ['config', 'validate'],
    summary: 'Check the naming configuration files',
    usage: '[--values-config FILE --patterns-config FILE] [--format table|json|markdown]\n\nWithout options: ./.dpn/ if it holds the files, else the built-in convention.',
    options: { ..._plan_js__WEBPACK_IMPORTED_MODULE_8__.NAMING_OPTIONS, format: { type: 'string' } },
    async run(args, io) {
        const format = (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__.outputFormat)(args);
        const loaded = await load(args, io);
        io.stderr.write(`dpn: naming values from ${loaded.sources.values}, patterns from ${loaded.sources.patterns}\n`);
        const report = { resources: [], diagnostics: loaded.diagnostics };
        io.stdout.write(format === 'json'
            ? (0,_render_names_js__WEBPACK_IMPORTED_MODULE_6__/* .renderNamesJson */ .lE)(report, { pretty: io.stdout.isTTY === true })
            : format === 'markdown'
                ? (0,_render_names_js__WEBPACK_IMPORTED_MODULE_6__/* .renderNamesMarkdown */ .Ic)(report)
                : (0,_render_names_js__WEBPACK_IMPORTED_MODULE_6__/* .renderNamesTable */ .n9)(report, { color: (0,_plan_js__WEBPACK_IMPORTED_MODULE_8__.useColor)(io), summaryOnly: true }));
        return loaded.config ? _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok : _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.invalid;
    },
};
const configShowCommand = {
    path: ['config', 'show'],
    summary: 'Print the naming convention in effect, after defaults',
    usage: '[--values-config FILE --patterns-config FILE] [--format yaml|json]',
    options: { ..._plan_js__WEBPACK_IMPORTED_MODULE_8__.NAMING_OPTIONS, format: { type: 'string' } },
    async run(args, io) {
        const format = args.values.format ?? 'yaml';
        if (format !== 'yaml' && format !== 'json') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--format must be yaml or json, got "${format}"`);
        }
        const loaded = await load(args, io);
        if (!loaded.config) {
            io.stderr.write((0,_render_names_js__WEBPACK_IMPORTED_MODULE_6__/* .renderNamesTable */ .n9)({ resources: [], diagnostics: loaded.diagnostics }, { summaryOnly: true }));
            return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.invalid;
        }
        for (const d of loaded.diagnostics)
            io.stderr.write(`${d.file}:${d.line}:${d.column}: warning ${d.code}: ${d.message}\n`);
        io.stdout.write(format === 'json' ? `${JSON.stringify(loaded.config, null, 2)}\n` : (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .stringify */ .As)(loaded.config, { lineWidth: 0 }));
        return _command_js__WEBPACK_IMPORTED_MODULE_7__/* .EXIT */ .d.ok;
    },
};


/***/ })

};
