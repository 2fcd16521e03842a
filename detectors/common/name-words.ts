/**
 * Words that are also names in the Nordic name statistics (Liv, Per, Bo, Storm, Dag, Sol …) or
 * that the gazetteer must never take for a name (weekdays, months, greetings, institutions,
 * place words). A name on this list counts only with a context cue or next to a surname.
 */
const WORDS = `
liv per bo eli tor mai storm dag sol vår ask björk bjørk frid siv unn
sommer vinter höst haust høst snø sky regn vind hav fjord elv elva bekk ås
berg dal lund holm vik strand eng mark skog kvist gran furu ek eik alm lin rønn rönn lyng
mor far bror søster syster barn gutt pike jente pojke flicka dreng pige
han hun hon den det de vil man men kan skal må mange alle alla alt all noen nogen ingen
ny nye nya god godt gode glad fin flink stor liten lille lilla små
august april maj juni juli mars may june
mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag
ja nei nej jo tak takk tack hei hej hallo ange visa
jul påske pinse rask ro tone
ulv ørn örn falk ravn hjort rev ung gammel
`;

/** Never a name, whatever the lists say: function words, greetings, school words, months, places. */
const NEVER = `
i og eller at som er var har hadde blir ble på til fra med uten om av for før etter når hvor
hva hvem hvis dette disse denne her der nå da så også bare kun veldig litt mye mer mest
och eller att som är var har hade blir blev på till från med utan om av för före efter när var
vad vem om detta dessa denna här där nu då så också bara mycket lite mer mest
og eller at som er var har havde bliver blev på til fra med uden om af for før efter når hvor
hvad hvem hvis dette disse denne her der nu da så også kun meget lidt mere mest
the and or of to in on at for with from by is are was be this that these those we you he she they it
vi du dere deg meg min mitt mine din ditt dine sin sitt sine vår våre vårt hans hennes deres
jeg eg ikkje ikke inte ikkje ta tar gå går kom kommer se ser sjå gi gir få får ha heller
no nu da so sa så men kan vil skal må bør er var ha har ble blir
jag mig dig oss er ni min mitt mina din ditt dina sin sitt sina vår vårt våra
jeg mig dig os jer mit min mine dit din dine sit sin sine vores jeres
i you me my your our their his her its we he she they who what when where why how
monday tuesday wednesday thursday friday saturday sunday january february march june july october
alle alla all mange flere fleire många mange flest nokre noen några nogle ingen inga
hei hej hallo kjære kære dear hi hello hilsen hälsningar mvh vh venleg vennlig venlig vänliga
takk tack tak velkommen välkommen velkommen
januar februar mars april mai juni juli august september oktober november desember
januari februari maj augusti december marts
mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag
skole skule skolen skulen skola skolan barnehage barnehagen förskola förskolan børnehave børnehaven
klasse klassen klass klassen elev elever eleven elevar lærer lærar lärare rektor kommune kommunen
kommun kommunen norge sverige danmark finland island oslo bergen stockholm göteborg malmö københavn
aarhus odense trondheim stavanger tromsø uppsala helsinki reykjavik kristiansand drammen
nav bup ppt ppr eht iop sfo aks fritids
god gode godt ny nye nya stor store liten lille små
mor far mamma pappa forelder foreldre föräldrar forældre foresatte vårdnadshavare
jul påske påsk easter christmas
`;

const set = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

export const AMBIGUOUS_NAMES = set(WORDS);
export const NEVER_NAMES = set(NEVER);
