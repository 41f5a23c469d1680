/**
 * Whom the functional cases speak of. Groups are protected by who they are (origin, religion, colour, gender,
 * sexuality, disability): the forms people write, plurals and compounds among them. `G` is the nominative plural,
 * `Gd` the dative plural; English has one form.
 */
export const GROUPS_DE: ReadonlyArray<Record<string, string>> = [
  { G: "Frauen", Gd: "Frauen" },
  { G: "Muslime", Gd: "Muslimen" },
  { G: "Juden", Gd: "Juden" },
  { G: "Ausländer", Gd: "Ausländern" },
  { G: "Flüchtlinge", Gd: "Flüchtlingen" },
  { G: "Transmenschen", Gd: "Transmenschen" },
  { G: "Schwule", Gd: "Schwulen" },
  { G: "Lesben", Gd: "Lesben" },
  { G: "Behinderte", Gd: "Behinderten" },
  { G: "Schwarze", Gd: "Schwarzen" },
  { G: "Migranten", Gd: "Migranten" },
  { G: "Roma", Gd: "Roma" },
  { G: "Türken", Gd: "Türken" },
  { G: "Araber", Gd: "Arabern" },
  { G: "Homosexuelle", Gd: "Homosexuellen" },
  { G: "Asylbewerber", Gd: "Asylbewerbern" },
  { G: "Afrikaner", Gd: "Afrikanern" },
  { G: "Transfrauen", Gd: "Transfrauen" },
  { G: "Geflüchtete", Gd: "Geflüchteten" },
  { G: "Syrer", Gd: "Syrern" },
];

export const GROUPS_EN: ReadonlyArray<Record<string, string>> = [
  { G: "women" },
  { G: "Muslims" },
  { G: "Jews" },
  { G: "immigrants" },
  { G: "refugees" },
  { G: "trans people" },
  { G: "gay people" },
  { G: "lesbians" },
  { G: "disabled people" },
  { G: "black people" },
  { G: "Mexicans" },
  { G: "Asians" },
  { G: "Arabs" },
  { G: "gays" },
  { G: "foreigners" },
  { G: "transgender people" },
  { G: "migrants" },
  { G: "Africans" },
  { G: "trans women" },
  { G: "Hindus" },
];

/** Groups that are not protected by who they are: harsh words about them are not identity hate. */
export const OTHER_GROUPS_DE: ReadonlyArray<Record<string, string>> = [
  { G: "Politiker" },
  { G: "Banker" },
  { G: "Fußballfans" },
  { G: "Autofahrer" },
  { G: "Vermieter" },
  { G: "Influencer" },
];

export const OTHER_GROUPS_EN: ReadonlyArray<Record<string, string>> = [
  { G: "politicians" },
  { G: "bankers" },
  { G: "football fans" },
  { G: "landlords" },
  { G: "influencers" },
  { G: "lawyers" },
];
