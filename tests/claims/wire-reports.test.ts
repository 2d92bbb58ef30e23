import { describe, expect, it } from 'vitest';
import { claims, summary } from './helpers.js';

// The reported-speech rule of ANNOTATION.md §3 on MUC-style upper-case wire copy: a group's own
// report of its act is its claim; another party's report puts the act on the group (attributed).
// Sentences written for these tests; none is taken from a data set.

describe('a group’s own report of its act, without claim words', () => {
  it('reads a document the group signed or issued as the group speaking', () => {
    expect(
      summary('A COMMUNIQUE SIGNED BY THE FMLN SAID THAT ITS UNITS ATTACKED THE POWER STATION IN SOYAPANGO.'),
    ).toEqual([['claimed', 'Farabundo Martí National Liberation Front']]);
    expect(summary('A STATEMENT FROM THE ELN SAID ITS MEMBERS KIDNAPPED THE ENGINEER ON THE ROAD TO ARAUCA.')).toEqual([
      ['claimed', 'ELN'],
    ]);
    expect(summary('THE FMLN COMMUNIQUE REPORTED THAT ITS FIGHTERS AMBUSHED A CONVOY NEAR THE DAM.')).toEqual([
      ['claimed', 'Farabundo Martí National Liberation Front'],
    ]);
  });

  it('reads "X ISSUED A STATEMENT SAYING ITS MEMBERS…" as the group’s claim', () => {
    expect(summary('THE ELN ISSUED A STATEMENT SAYING ITS MEMBERS DYNAMITED THE PIPELINE LAST NIGHT.')).toEqual([
      ['claimed', 'ELN'],
    ]);
  });

  it('takes the group’s own word for its fighters after "its"', () => {
    expect(summary('THE FMLN SAID THAT ITS URBAN COMMANDOS BOMBED TWO ELECTRICITY PYLONS.')).toEqual([
      ['claimed', 'Farabundo Martí National Liberation Front'],
    ]);
  });

  it('reads the group’s spokesman or commander reporting its fighters’ act', () => {
    expect(summary('AN FMLN SPOKESMAN SAID THE REBELS ATTACKED THE GARRISON AT DAWN.')).toEqual([
      ['claimed', 'Farabundo Martí National Liberation Front'],
    ]);
  });

  it('reads the group’s fighters named by a fighters word before a forces noun', () => {
    expect(summary("THE FMLN'S RADIO VENCEREMOS SAID THAT GUERRILLA FORCES ATTACKED THE GARRISON.")).toEqual([
      ['claimed', 'Farabundo Martí National Liberation Front'],
    ]);
    expect(summary('AN ARMY SPOKESMAN SAID THAT GUERRILLA FORCES ATTACKED THE GARRISON.')).not.toContainEqual([
      'claimed',
      'Farabundo Martí National Liberation Front',
    ]);
  });

  it('keeps another party’s report as attributed, and a document of another author as no claim', () => {
    expect(summary('AN ARMY SPOKESMAN SAID THE REBELS ATTACKED THE GARRISON AT DAWN.')).toEqual([
      ['attributed', 'REBELS'],
    ]);
    expect(summary('A COMMUNIQUE SIGNED BY THE POLICE SAID THAT FMLN UNITS ATTACKED THE STATION.')).not.toContainEqual([
      'claimed',
      'Farabundo Martí National Liberation Front',
    ]);
  });
});

describe('another party naming the body its members belong to', () => {
  it('reads "MEMBERS / OFFICERS OF X" after "by" and "implicated" as X', () => {
    expect(summary('THE BOMB HAD BEEN PLANTED BY MEMBERS OF THE ARMED FORCES, THE BISHOP SAID.')).toEqual([
      ['attributed', 'ARMED FORCES'],
    ]);
    expect(summary('The mayor implicated three officers of the army in the murder of the teachers.')).toEqual([
      ['attributed', 'army'],
    ]);
  });

  it('not a body named by a word that refers back to a named group', () => {
    expect(
      summary('The Red Dawn Front said the bridge was bombed by members of the extremist group, which it leads.'),
    ).not.toContainEqual(['attributed', 'extremist group']);
  });
});

describe('an authority charging or convicting an actor', () => {
  it('reads "CHARGED X WITH EVENT" and "X WAS CONVICTED OF EVENT"', () => {
    expect(summary('THE PROSECUTOR CHARGED THE ELN WITH THE MURDER OF THE TWO ENGINEERS.')).toEqual([
      ['attributed', 'ELN'],
    ]);
    expect(summary('TWO MEMBERS OF THE RED DAWN FRONT WERE CONVICTED OF THE BOMBING OF THE BRIDGE.')).toEqual([
      ['attributed', 'RED DAWN FRONT'],
    ]);
  });

  it('not a police charge with batons, nor a charge that is no attack', () => {
    expect(summary('THE POLICE CHARGED THE DEMONSTRATORS WITH BATONS.')).toEqual([]);
    expect(summary('THE COLONEL WAS CHARGED WITH CORRUPTION.')).toEqual([]);
  });
});

describe('admissions in the group’s own voice', () => {
  it('reads "X ADMITTED / ACKNOWLEDGED THAT ITS UNITS…" as the group’s claim', () => {
    expect(summary('THE RED DAWN FRONT ACKNOWLEDGED THAT ITS FIGHTERS AMBUSHED THE CONVOY.')).toEqual([
      ['claimed', 'RED DAWN FRONT'],
    ]);
    expect(summary('THE ELN ADMITTED THAT ITS UNITS DYNAMITED THE PIPELINE.')).toEqual([['claimed', 'ELN']]);
  });

  it('reads "ADMITTED KILLING / CONFESSED TO KIDNAPPING" a person, with no attack noun', () => {
    expect(summary('THE ELN ADMITTED KIDNAPPING THE TWO ENGINEERS.')).toEqual([['claimed', 'ELN']]);
    expect(summary('Two ELN members confessed to murdering the judge.')).toEqual([['claimed', 'ELN']]);
  });

  it('not a denied admission, nor an admission of losses or of what is no attack', () => {
    expect(summary('THE ELN DID NOT ADMIT KIDNAPPING THE ENGINEERS.')).toEqual([]);
    expect(summary('THE ELN ADMITTED THAT ONE OF ITS MEMBERS WAS KILLED.')).toEqual([]);
    expect(summary('THE ELN ADMITTED LOSING THE TOWN.')).toEqual([]);
  });
});

describe('the perpetrators’ own signature', () => {
  it('reads leaflets signed by a group after an attack as its claim', () => {
    expect(
      summary('A BOMB WENT OFF OUTSIDE THE BANK. LEAFLETS LEFT NEAR THE DOOR WERE SIGNED BY THE RED DAWN FRONT.'),
    ).toEqual([['claimed', 'RED DAWN FRONT']]);
  });

  it('reads attackers identifying themselves as a group’s members as its claim', () => {
    expect(
      summary('THE DOCTOR WAS KIDNAPPED ON FRIDAY. THE KIDNAPPERS IDENTIFIED THEMSELVES AS MEMBERS OF THE ELN.'),
    ).toEqual([['claimed', 'ELN']]);
  });

  it('not a signed letter with no attack in sight, nor a caller naming no group', () => {
    expect(summary('THE TALKS RESUMED IN GENEVA. A LETTER SIGNED BY THE ELN ASKED FOR A TRUCE.')).toEqual([]);
    expect(summary('A BOMB WENT OFF AT THE BANK. A CALLER IDENTIFIED HIMSELF AS A POLICE OFFICER.')).toEqual([]);
  });

  it('reads "the group" after a caller who speaks for a group as the group itself', () => {
    expect(
      summary('A CALLER WHO IDENTIFIED HIMSELF AS A MEMBER OF THE ELN SAID THE GROUP HAD PLANTED THE BOMB.'),
    ).toEqual([['claimed', 'ELN']]);
  });
});

describe('an authority naming the author of an attack', () => {
  it('reads "X WAS THE AUTHOR OF EVENT" and "IDENTIFIED X AS THE AUTHOR OF EVENT"', () => {
    expect(summary('THE GENERAL SAID THE ELN WAS THE AUTHOR OF THE DYNAMITE ATTACK ON THE PIPELINE.')).toEqual([
      ['attributed', 'ELN'],
    ]);
    expect(summary('THE POLICE IDENTIFIED THE ELN AS THE AUTHOR OF THE BOMBING AT THE BANK.')).toEqual([
      ['attributed', 'ELN'],
    ]);
  });

  it('not a place before "as", nor the perpetrators of an attack as their own subject', () => {
    expect(summary('THE PERPETRATORS OF THE BOMBING FLED TOWARD THE HILLS.')).toEqual([]);
  });
});

describe('attackers said to belong to a group, past a relative clause', () => {
  it('reads "THE ASSASSINS WHO SHOT THE JUDGE WERE MEMBERS OF X"', () => {
    expect(summary('THE POLICE SAID THE ASSASSINS WHO SHOT THE JUDGE WERE MEMBERS OF THE ELN.')).toEqual([
      ['attributed', 'ELN'],
    ]);
    expect(summary('THE KIDNAPPERS, WHO FLED IN A TRUCK, WERE MEMBERS OF THE ELN, THE ARMY SAID.')).toEqual([
      ['attributed', 'ELN'],
    ]);
  });

  it('not a victim’s membership in a relative clause of its own', () => {
    expect(summary('THE GUNMEN WHO SHOT THE MAYOR, WHO WAS A MEMBER OF THE ELN, FLED.')).not.toContainEqual([
      'attributed',
      'ELN',
    ]);
  });
});

describe('an authority suspecting an actor of an attack', () => {
  it('reads "SUSPECT(ED) X OF EVENT" like "accused X of"', () => {
    expect(summary('THE POLICE SUSPECT THE ELN OF THE BOMBING OF THE OIL PIPELINE.')).toEqual([['attributed', 'ELN']]);
    expect(summary('INVESTIGATORS SUSPECTED THE ELN OF PLANTING THE CAR BOMB.')).toEqual([['attributed', 'ELN']]);
  });

  it('not a suspicion of what is no attack', () => {
    expect(summary('THE POLICE SUSPECT THE MAYOR OF CORRUPTION.')).toEqual([]);
  });
});

describe('an editorial report on a group’s own broadcast', () => {
  it('reads what the group’s clandestine radio reports the group doing as its claim', () => {
    const text =
      'NO CITY, 3 MAR 89 (FBIS) -- [EDITORIAL REPORT] (CLANDESTINE) RADIO VENCEREMOS IN SPANISH AT 1300 GMT BROADCASTS WAR REPORTS. ANOTHER REPORT SAYS FMLN UNITS ATTACKED THE GARRISON AT BERLIN.';
    expect(summary(text)).toEqual([['claimed', 'Farabundo Martí National Liberation Front']]);
  });

  it('not a report on another station’s broadcast', () => {
    const text =
      'NO CITY, 3 MAR 89 (FBIS) -- [EDITORIAL REPORT] (BBC) RADIO CADENA IN SPANISH AT 1300 GMT BROADCASTS WAR REPORTS. FMLN UNITS ATTACKED THE GARRISON AT BERLIN.';
    expect(summary(text)).toEqual([['attributed', 'Farabundo Martí National Liberation Front']]);
  });
});

describe('another party’s belief as the source of the attribution', () => {
  const rows = (text: string): [string, string | null, string | null][] =>
    claims(text).map((c) => [c.status, c.actor?.name ?? null, c.source?.name ?? null]);

  it('gives the subject of "BELIEVE / SUSPECT (THAT)" as the source', () => {
    expect(rows('THE ARMY SUSPECTS THE ELN PLANTED THE BOMB AT THE STATION.')).toEqual([['attributed', 'ELN', 'army']]);
    expect(rows('Investigators believe that the bombing was carried out by the ELN.')).toEqual([
      ['attributed', 'ELN', 'Investigators'],
    ]);
  });

  it('not the actor itself as its own source', () => {
    expect(rows('THE ELN BELIEVES THE ELN PLANTED THE BOMB.')).toEqual([['attributed', 'ELN', null]]);
  });
});

describe('a participle of belief before an attack noun', () => {
  it('is no source: "Suspected Russian strikes hit…" after a scraped word', () => {
    expect(
      claims('Video Suspected Russian strikes hit a market in rebel-held Idlib on Monday.').map((c) => c.source),
    ).toEqual([null]);
  });
});
