// AWS region short codes (the `region_short` variable). Every AWS region has its
// own code out of the box; v1.0 gave any region it did not list the code of
// us-east-1, so an eu-west-3 bucket was named …-use1.
//
// The scheme: <area><direction><number>.
//   area       the region's first part (us, eu, ap, ca, sa, af, me, il, mx, cn);
//              GovCloud us-gov → usg; European Sovereign Cloud eusc-de → euscde
//   direction  east e, west w, north n, south s, central c,
//              northeast ne, northwest nw, southeast se, southwest sw
//   number     the region's number
// Two exceptions keep the codes v1.0 shipped: ap-southeast-1 aps1 and
// ap-southeast-2 aps2 (v1.0 shortened southeast to s). The scheme would give
// ap-south-1/2 those very codes, so Asia Pacific's south regions spell south
// "so": ap-south-1 apso1, ap-south-2 apso2. A test checks that every code is
// distinct and that every other region follows the scheme.

export const AWS_REGION_CODES: Readonly<Record<string, string>> = Object.freeze({
  // United States
  'us-east-1': 'use1',
  'us-east-2': 'use2',
  'us-west-1': 'usw1',
  'us-west-2': 'usw2',
  // AWS GovCloud (US)
  'us-gov-east-1': 'usge1',
  'us-gov-west-1': 'usgw1',
  // Canada, Mexico, South America
  'ca-central-1': 'cac1',
  'ca-west-1': 'caw1',
  'mx-central-1': 'mxc1',
  'sa-east-1': 'sae1',
  // Europe
  'eu-central-1': 'euc1',
  'eu-central-2': 'euc2',
  'eu-west-1': 'euw1',
  'eu-west-2': 'euw2',
  'eu-west-3': 'euw3',
  'eu-north-1': 'eun1',
  'eu-south-1': 'eus1',
  'eu-south-2': 'eus2',
  // AWS European Sovereign Cloud
  'eusc-de-east-1': 'euscdee1',
  // Africa, Middle East
  'af-south-1': 'afs1',
  'il-central-1': 'ilc1',
  'me-central-1': 'mec1',
  'me-south-1': 'mes1',
  // Asia Pacific
  'ap-east-1': 'ape1',
  'ap-east-2': 'ape2',
  'ap-south-1': 'apso1',
  'ap-south-2': 'apso2',
  'ap-southeast-1': 'aps1',
  'ap-southeast-2': 'aps2',
  'ap-southeast-3': 'apse3',
  'ap-southeast-4': 'apse4',
  'ap-southeast-5': 'apse5',
  'ap-southeast-6': 'apse6',
  'ap-southeast-7': 'apse7',
  'ap-northeast-1': 'apne1',
  'ap-northeast-2': 'apne2',
  'ap-northeast-3': 'apne3',
  // China
  'cn-north-1': 'cnn1',
  'cn-northwest-1': 'cnnw1',
});

/** Regions whose code is not the scheme's (see the top of this file). */
export const REGION_CODE_EXCEPTIONS: Readonly<Record<string, string>> = Object.freeze({
  'ap-southeast-1': 'aps1',
  'ap-southeast-2': 'aps2',
  'ap-south-1': 'apso1',
  'ap-south-2': 'apso2',
});

const AREAS: Readonly<Record<string, string>> = { 'us-gov': 'usg', 'eusc-de': 'euscde' };
/** The direction words of region names and their letters (shared with the Google Cloud scheme). */
export const REGION_DIRECTIONS: Readonly<Record<string, string>> = {
  east: 'e',
  west: 'w',
  north: 'n',
  south: 's',
  central: 'c',
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
};

/** The code the scheme gives a region name, or undefined when the name does not fit the scheme. */
export function schemeRegionCode(region: string): string | undefined {
  const match = /^([a-z]+(?:-[a-z]+)?)-([a-z]+)-(\d+)$/.exec(region);
  if (!match) return undefined;
  const [, areaPart = '', directionPart = '', number = ''] = match;
  const area = areaPart.includes('-') ? AREAS[areaPart] : areaPart;
  const direction = Object.hasOwn(REGION_DIRECTIONS, directionPart) ? REGION_DIRECTIONS[directionPart] : undefined;
  if (area === undefined || direction === undefined) return undefined;
  return `${area}${direction}${number}`;
}

export function isKnownAwsRegion(region: string): boolean {
  return Object.hasOwn(AWS_REGION_CODES, region);
}

/**
 * The short code of a region: the configured `region_mapping` first, then the
 * built-in table; undefined for a region neither knows (never a default).
 */
export function regionCode(region: string, mapping: Readonly<Record<string, string>> = {}): string | undefined {
  if (Object.hasOwn(mapping, region)) return mapping[region];
  if (Object.hasOwn(AWS_REGION_CODES, region)) return AWS_REGION_CODES[region];
  return undefined;
}
