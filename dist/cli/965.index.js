export const id = 965;
export const ids = [965];
export const modules = {

/***/ 6965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DatabricksApiError: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.Ny),
/* harmony export */   DatabricksClient: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.ei),
/* harmony export */   createDatabricksDrivers: () => (/* binding */ createDatabricksDrivers),
/* harmony export */   githubAudience: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_5__._g),
/* harmony export */   kindFor: () => (/* reexport safe */ _client_js__WEBPACK_IMPORTED_MODULE_0__.QK),
/* harmony export */   normaliseHost: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_5__.normaliseHost),
/* harmony export */   resolveAuth: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_5__.resolveAuth),
/* harmony export */   retryAfter: () => (/* reexport safe */ _auth_js__WEBPACK_IMPORTED_MODULE_5__.P9)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9726);
/* harmony import */ var _cluster_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(307);
/* harmony import */ var _job_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5682);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3428);
/* harmony import */ var _unity_catalog_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(870);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7855);







function createDatabricksDrivers(options = {}) {
    const env = options.env ?? process.env;
    let client;
    const getClient = () => (client ??= new _client_js__WEBPACK_IMPORTED_MODULE_0__/* .DatabricksClient */ .ei({
        ...options.client,
        env,
        ...(options.fetch ? { fetch: options.fetch } : {}),
    }));
    return {
        dbx_cluster: (0,_cluster_js__WEBPACK_IMPORTED_MODULE_1__/* .createClusterDriver */ .ZV)(getClient),
        dbx_job: (0,_job_js__WEBPACK_IMPORTED_MODULE_2__/* .createJobDriver */ .w8)(getClient),
        dbx_catalog: (0,_unity_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .createCatalogDriver */ .Ec)(getClient),
        dbx_schema: (0,_unity_catalog_js__WEBPACK_IMPORTED_MODULE_4__/* .createSchemaDriver */ .mE)(getClient),
        dbx_table: (0,_table_js__WEBPACK_IMPORTED_MODULE_3__/* .createTableDriver */ .z)(getClient, env),
    };
}


/***/ })

};
