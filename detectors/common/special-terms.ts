import type { FindingKind } from '../core/finding';

/**
 * Special-category and school-context terms per kind, nb / nn / sv / da / en (from the team's
 * research notes, identifiers.md §6). Lower-case. `word*` matches every word that starts with
 * it (inflections and compounds: barnevern*, diagnos*); a bare word must match whole.
 * Entries with a space are phrases: matched from their first word.
 */
export const SPECIAL_TERMS: Partial<Record<FindingKind, string>> = {
  'special.protected-identity': `
    strengt_fortrolig* fortrolig_adresse* fortruleg_adresse* kode_6 kode_7 kode6 kode7
    sperret_adresse* sperra_adresse* adressesperr* fiktiv_identitet* skyddad_folkbokföring*
    skyddade_personuppgifter* kvarskriv* sekretessmarkering* fingerade_personuppgifter*
    adressebeskyttelse* navne-_og_adressebeskyttelse* hemmelig_adresse* ny_identitet
    besøksforbud* besøksforbod* voldsalarm* valdsalarm* kontaktförbud* tilhold
    protected_address* confidential_address* restraining_order*`,
  'special.child-welfare': `
    bekymringsmelding* orosanmälan* underretning* barnevern* barnevernstenest* socialtjänst*
    børne-_og_familieafdeling* familieafdeling* undersøkelsessak* undersøkingssak* barnavårdsutredning*
    børnefaglig* hjelpetiltak* stödinsats* omsorgsovertakelse* omsorgsovertaking* omhändertag*
    lvu tvangsanbring* anbringelse* anbragt* fosterhjem* fosterheim* familjehem* jourhem*
    plejefamilie* plejeforæld* fosterforeldr* fosterforeldr* fosterforæld* tiltaksplan* vårdplan*
    genomförandeplan* samvær* umgänge* overgrep* övergrepp* overgreb* vold volden voldelig* voldsutsatt* voldsbruk* våld* vald valden
    negativ_sosial_kontroll* tvangsekteskap* tvangsgifte* hedersrelater* æresrelater* tvangsægteskab*
    omsorgssvikt* omsorgssvigt* child_protection* care_order* foster_care*`,
  'special.school-environment': `
    9a 9a-vedtak* 9a-sak* skolemiljøsak* skulemiljøsak* skolemiljøutvalg* kränkande_behandling*
    mobbesag* trivselssag* aktivitetsplan* utredning_av_kränkning* handleplan_mod_mobning*
    mobbing* mobbet* mobba* mobbning* mobbad* mobning* mobbe* krenkelse* krenking* kränkning*
    krænkelse* ppt pp-tjeneste* pp-teneste* ppr elevhälsoteam* eht sakkyndig_vurdering*
    sakkunnig_vurdering* pedagogisk_utredning* ppv spesialundervisning* spesialundervising*
    individuelt_tilrettelagt* individuelt_tilrettelagd* särskilt_stöd* extra_anpassningar*
    specialundervisning* iop åtgärdsprogram* elevplan* enkeltvedtak* bekymringsfullt_fravær*
    bekymringsfullt_fråvær* problematisk_frånvaro* bekymrende_fravær* ulovligt_fravær*
    skolefravær* skulefråvær* helsesykepleier* helsesjukepleiar* helsesøster* skolehelsetjenest*
    elevhälsa* skolkurator* sundhedsplejerske* skolepsykolog* bortvisning* bortvising*
    avstängning* hjemsendelse* bullying* bullied*`,
  'special.health': `
    diagnose* diagnos* diagnosis adhd autism* autisme* tourette* asperger* dysleksi* dyslexi*
    dyskalkuli* ordblind* psykisk_helse psykisk_ohälsa* psykisk_sårbar* psykisk_syk* psykiatri*
    angst* ångest* depresjon* depression* deprimert* selvskad* sjølvskad* självskad* selvmord*
    sjølvmord* självmord* spiseforstyrr* eteforstyrr* ätstörning* anoreksi* anorexi* bulimi*
    bup børne-_og_ungdomspsykiatri* funksjonsnedsett* funksjonsnedsetjing* funktionsnedsättning*
    handikap* epilepsi* diabetes* diabetiker* medisiner* medisinar* medisinering* medicinering*
    medicin* rusmisbruk* missbruk* misbrug* allergi* astma* cøliaki* celiaki* cerebral_parese*
    kreft* cancer* sykdom* sjukdom* sygdom* innlagt* indlagt* sykehus* sjukhus* sygehus*
    legeerklæring* läkarintyg* lægeerklæring* habilitering* fysioterap* ergoterap* logoped*
    psykolog* mental_health self-harm eating_disorder* disability* disabilities`,
  'special.religion': `
    religion* trossamfunn* trussamfunn* trosuppfattning* trossamfund* livssyn* fritak_fra_krle
    fritak_frå_krle fritagelse_for_kristendom* muslim* kristen kristne islam* jødisk* judisk*
    jøde jøder hindu* buddhis* katolsk* katolik* pinsevenn* jehovas* konfirmant* ramadan*`,
  'special.ethnicity': `
    etnisitet* etnisk* etniskt* etniske samisk* kvensk* romani* romsk* tater* tornedalsk*
    grønlandsk* asylsøker* asylsøkjar* asylsökande* enslig_mindreårig* einsleg_mindreårig*
    ensamkommande* uledsaget* flyktning* flykting* flygtning* innvandrerbakgrunn* invandrarbakgrund*
    ethnicity* ethnic asylum* refugee*`,
  'special.sexual-life': `
    seksuell_orientering* sexuell_läggning* seksuel_orientering* legning* kjønnsidentitet*
    kjønnsinkongruens* könsidentitet* kønsidentitet* homofil* homoseksuel* homosexuell* lesbisk*
    bifil* transperson* transkjønn* skeiv* queer* sexual_orientation* gender_identity*`,
  'special.political': `
    politisk_oppfatning* politisk_åsikt* politiske_syn* politisk_overbevisning* partimedlem*
    political_opinion*`,
  'special.trade-union': `
    fagforening* fagforeining* fackförening* fackligt* tillitsvalgt* fagforbund* trade_union*`,
  'special.criminal': `
    politianmeld* meldt_til_politiet polisanmäl* anmeldt* anmält* siktet* sigtet* misstänkt*
    dømt* dömd* domfelt* straffedømt* tiltalt* åtalad* konfliktråd* ungdomsstraff* ungdomsoppfølging*
    kriminal* criminal* convicted*`,
  'special.biometric': `
    fingeravtrykk* fingeravtryck* fingeraftryk* ansiktsgjenkjenning* ansiktsigenkänning*
    ansigtsgenkendelse* biometri* biometric* dna-prøve* dna-test* irisskann*`,
};
