import type { Preset } from '../adapter';

/**
 * Nordic school and kindergarten platforms whose staff DOM is not publicly documented: URL
 * presets that tune the generic adapter (their names for "publish", their kind), so the badge
 * names the platform and the generic checks still apply.
 */
export const PRESETS: Preset[] = [
  { id: 'vigilo', name: 'Vigilo', hosts: ['vigilo.no'], kind: 'school', publishNames: ['send melding', 'publiser nyhet', 'lagre og publiser'] },
  { id: 'visma-flyt', name: 'Visma Flyt', hosts: ['inschool.visma.no', 'flyt.visma.no', 'visma.no'], kind: 'school', publishNames: ['send melding', 'lagre dagbok', 'publiser innlegg', 'send beskjed'] },
  { id: 'itslearning', name: 'itslearning', hosts: ['itslearning.com'], kind: 'school', publishNames: ['publiser', 'legg ut', 'send melding', 'lagre og publiser'] },
  { id: 'mykid', name: 'MyKid', hosts: ['mykid.no'], kind: 'school', publishNames: ['last opp', 'lagre', 'publiser', 'send'] },
  { id: 'kidplan', name: 'Kidplan', hosts: ['kidplan.com', 'kidplan.no'], kind: 'school', publishNames: ['legg ut på tavla', 'last opp bilder', 'publiser', 'lagre'] },
  { id: 'tyra', name: 'Tyra', hosts: ['tyra.io', 'tyra.se'], kind: 'school', publishNames: ['publicera', 'dela', 'publicera inlägg', 'ladda upp'] },
  { id: 'unikum', name: 'Unikum', hosts: ['unikum.net'], kind: 'school', publishNames: ['publicera', 'spara och publicera', 'dela'] },
  { id: 'schoolsoft', name: 'SchoolSoft', hosts: ['schoolsoft.se'], kind: 'school', publishNames: ['publicera', 'skicka', 'spara och publicera'] },
  { id: 'vklass', name: 'Vklass', hosts: ['vklass.se'], kind: 'school', publishNames: ['publicera', 'skicka', 'dela'] },
  { id: 'famly', name: 'Famly', hosts: ['famly.co', 'app.famly.co', 'famly.de'], kind: 'school', publishNames: ['post', 'share', 'publish', 'send', 'upload'] },
  { id: 'spond', name: 'Spond', hosts: ['spond.com'], kind: 'school', publishNames: ['post', 'publiser', 'send', 'opprett', 'publicera'] },
];
