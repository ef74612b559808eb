/// <reference types="node" />
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from './claims';
import { CONNECTIONS } from './connections';
import { REGION_IDS, STRUCTURE_IDS } from './ids';
import { ARTICLE, CATALOGUE } from './index';
import { GRAY, MOORE } from './references';
import { REGIONS } from './regions';
import { DESCRIPTIONS } from './descriptions';
import { SYNONYMS } from './synonyms';
import { FACTS, STUDIED_BY_ID, STUDIED_STRUCTURES } from './facts';
import { STRUCTURES } from './structures';
import { validateCatalogue } from './validate';

const here = dirname(fileURLToPath(import.meta.url));
const localArticlePath = resolve(here, 'article.txt');
const sharedArticlePath = resolve(here, '../../../shared/article/what-causes-hip-knee-and-back-pain.txt');
const sharedPresent = existsSync(sharedArticlePath);
const SHARED_ARTICLE_SHA256 = 'eefdc55031469eebcfe904243891bb37ef72f6bdbc6a2966bef79f43a010b08a';
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const raw = { structures: STUDIED_STRUCTURES, regions: REGIONS, claims: CLAIMS, connections: CONNECTIONS };

describe('content schema', () => {
  it('the whole catalogue validates without problems', () => {
    expect(validateCatalogue(raw).problems).toEqual([]);
    expect(CATALOGUE.connections.length).toBe(CONNECTIONS.length);
  });

  // The app uses the data as written (no parsing at run time): the schemas must give it back unchanged,
  // with nothing trimmed, defaulted or dropped.
  it('the catalogue the app uses is exactly what the schemas give back', () => {
    expect(validateCatalogue(raw).catalogue).toStrictEqual({ ...CATALOGUE, structures: STUDIED_STRUCTURES });
  });

  // The student facts, descriptions and synonyms load on demand: the structures the app starts with carry
  // none, and every structure has exactly one entry of each, so the parts join into what was validated.
  it('the facts are apart from the structures, one entry for each', () => {
    const factKeys = ['description', 'synonyms', 'muscle', 'nerve', 'attachment', 'references'];
    expect(CATALOGUE.structures.filter((s) => factKeys.some((k) => k in s)).map((s) => s.id)).toEqual([]);
    expect(FACTS.map((f) => f.id).sort()).toEqual(STRUCTURES.map((s) => s.id).sort());
    expect(DESCRIPTIONS.map((d) => d.id).sort()).toEqual(STRUCTURES.map((s) => s.id).sort());
    expect(SYNONYMS.map((d) => d.id).sort()).toEqual(STRUCTURES.map((s) => s.id).sort());
    expect(STUDIED_STRUCTURES.map((s) => s.id)).toEqual(STRUCTURES.map((s) => s.id));
  });

  it('the validator reports broken data', () => {
    const [first] = STUDIED_STRUCTURES;
    const nerveConnection = CONNECTIONS.find((c) => c.pathway === 'nerve');
    if (!first || !nerveConnection) throw new Error('fixture missing');
    const { problems } = validateCatalogue({
      ...raw,
      structures: [
        ...STUDIED_STRUCTURES,
        first,
        { ...STUDIED_BY_ID.get('rectus_femoris'), muscle: undefined },
      ],
      connections: [
        { ...nerveConnection, id: 'broken', path: [...(nerveConnection.path ?? []), 'femur'] },
        ...CONNECTIONS,
      ],
    });
    expect(
      problems.some((p) => p.includes(`structure ${first.id}: expected exactly one entry, found 2`)),
    ).toBe(true);
    expect(problems.some((p) => p.includes('a muscle needs muscle facts'))).toBe(true);
    expect(problems.some((p) => p.includes('connection broken: path must end at a nerve'))).toBe(true);
  });

  it('every structure and region id of ids.ts has exactly one entry', () => {
    expect([...STRUCTURES.map((s) => s.id)].sort()).toEqual([...STRUCTURE_IDS].sort());
    expect([...REGIONS.map((r) => r.id)].sort()).toEqual([...REGION_IDS].sort());
  });
});

describe('article', () => {
  const local = readFileSync(localArticlePath, 'utf8');

  // Where shared/ is absent (a clone on its own), the copy is checked against the shared file's digest.
  it('article.txt is a byte-identical copy of the shared article', () => {
    if (sharedPresent)
      expect(readFileSync(localArticlePath).equals(readFileSync(sharedArticlePath))).toBe(true);
    expect(createHash('sha256').update(readFileSync(localArticlePath)).digest('hex')).toBe(
      SHARED_ARTICLE_SHA256,
    );
  });

  it('ARTICLE names the author and publisher, the title and the address of the article', () => {
    expect(ARTICLE.author).toBe('Ehren Allen, PT, Certified Manual Therapist');
    expect(ARTICLE.publisher).toBe('JOI (Jacksonville Orthopaedic Institute)');
    expect(local).toContain(ARTICLE.title);
    // The article's own page: its address ends with its title's words.
    expect(ARTICLE.url).toBe('https://www.joionline.net/trending/content/what-causes-hip-knee-and-back-pain');
    expect(local).toContain(`By: ${ARTICLE.author}`);
  });

  const sources = sharedPresent
    ? [
        ['shared article', readFileSync(sharedArticlePath, 'utf8')],
        ['src/content/article.txt', local],
      ]
    : [['src/content/article.txt (shared article absent: compared with the local copy only)', local]];
  for (const [name, text] of sources) {
    it(`every quote is found verbatim (white space normalised) in the ${name}`, () => {
      const body = squash(text ?? '');
      const missing = CLAIMS.filter((c) => !body.includes(squash(c.quote))).map((c) => c.id);
      expect(missing).toEqual([]);
    });
  }

  it('quotes keep the article spacing exactly (B5 has a space and a no-break space)', () => {
    const b5 = CLAIMS.find((c) => c.id === 'B5');
    expect(b5?.quote).toContain('first. \u00a0Then');
    expect(CLAIMS.filter((c) => !local.includes(c.quote)).map((c) => c.id)).toEqual([]);
  });
});

describe('claims and connections', () => {
  it('claims are listed in article order', () => {
    const positions = CLAIMS.map((c) => squash(local()).indexOf(squash(c.quote)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    const byOrder = [...CLAIMS].sort((a, b) => a.order - b.order);
    const byPosition = [...CLAIMS].sort(
      (a, b) => squash(local()).indexOf(squash(a.quote)) - squash(local()).indexOf(squash(b.quote)),
    );
    expect(byOrder.map((c) => c.id)).toEqual(byPosition.map((c) => c.id));
  });

  it('every B, H and K claim is used by at least one connection, and no G claim is', () => {
    const used = new Set(CONNECTIONS.map((c) => c.claim));
    const specific = CLAIMS.filter((c) => !c.id.startsWith('G')).map((c) => c.id);
    expect(specific).toHaveLength(14);
    expect(specific.filter((id) => !used.has(id))).toEqual([]);
    expect([...used].filter((id) => id.startsWith('G'))).toEqual([]);
  });

  it('each connection has the pathway of its claim', () => {
    const pathwayOf = new Map(CLAIMS.map((c) => [c.id, c.pathway]));
    expect(CONNECTIONS.filter((c) => pathwayOf.get(c.claim) !== c.pathway).map((c) => c.id)).toEqual([]);
  });

  it('every nerve connection runs from a root, disc or vertebra to a nerve', () => {
    const nerves = CONNECTIONS.filter((c) => c.pathway === 'nerve');
    expect(nerves.length).toBeGreaterThan(0);
    for (const c of nerves) {
      const path = c.path ?? [];
      const first = path[0];
      const last = path[path.length - 1];
      expect(first && /(_nerve_root|_disc|_vertebra)$/.test(first), c.id).toBe(true);
      expect(last && STUDIED_BY_ID.get(last)?.kind, c.id).toBe('nerve');
      expect(
        path.slice(1).every((id) => STUDIED_BY_ID.get(id)?.kind === 'nerve'),
        c.id,
      ).toBe(true);
    }
  });
});

function local(): string {
  return readFileSync(localArticlePath, 'utf8');
}

describe('anatomy facts', () => {
  it("every muscle's innervation nerves exist and are nerves", () => {
    const muscles = STUDIED_STRUCTURES.filter((s) => s.kind === 'muscle');
    expect(muscles.length).toBe(49);
    for (const m of muscles)
      for (const nerve of m.muscle?.innervation.nerves ?? [])
        expect(STUDIED_BY_ID.get(nerve)?.kind, m.id).toBe('nerve');
  });

  it("a muscle's segments are among its named peripheral nerves' roots", () => {
    for (const m of STUDIED_STRUCTURES) {
      const innervation = m.muscle?.innervation;
      if (!innervation) continue;
      const named = innervation.nerves.filter((n) => !/_nerve_root$|_plexus$/.test(n));
      if (named.length === 0) continue;
      const roots = new Set(named.flatMap((n) => STUDIED_BY_ID.get(n)?.nerve?.roots ?? []));
      expect(
        innervation.segments.filter((s) => !roots.has(s)),
        m.id,
      ).toEqual([]);
    }
  });

  it('pins standard values students will read (Moore 8th ed. tables)', () => {
    const facts = (id: Parameters<typeof STUDIED_BY_ID.get>[0]) => STUDIED_BY_ID.get(id)?.muscle;
    const rf = facts('rectus_femoris');
    expect(rf?.origin.en).toMatch(/anterior inferior iliac spine/i);
    expect(rf?.origin.es).toMatch(/espina ilíaca anterior inferior/i);
    expect(rf?.insertion.es).toMatch(/tuberosidad tibial/i);
    expect(rf?.innervation).toMatchObject({ nerves: ['femoral_nerve'], segments: ['L2', 'L3', 'L4'] });
    expect(facts('gluteus_maximus')?.innervation.nerves).toEqual(['inferior_gluteal_nerve']);
    expect(facts('psoas_major')?.insertion.en).toMatch(/lesser trochanter/i);
    expect(facts('psoas_major')?.insertion.es).toMatch(/trocánter menor/i);
    expect(STUDIED_BY_ID.get('sciatic_nerve')?.nerve?.roots).toEqual(['L4', 'L5', 'S1', 'S2', 'S3']);
    // Erector spinae: posterior rami of every lumbar segment, not one root.
    expect(facts('erector_spinae')?.innervation).toMatchObject({
      nerves: ['l1_nerve_root', 'l2_nerve_root', 'l3_nerve_root', 'l4_nerve_root', 'l5_nerve_root'],
      segments: ['L1', 'L2', 'L3', 'L4', 'L5'],
    });
    expect(facts('erector_spinae')?.innervation.branch?.en).toMatch(/posterior \(dorsal\) rami/);
    // Piriformis: S1 and S2.
    expect(facts('piriformis')?.innervation).toMatchObject({
      nerves: ['s1_nerve_root', 's2_nerve_root'],
      segments: ['S1', 'S2'],
    });
    // Adductor magnus: two nerves, one per part.
    expect(facts('adductor_magnus')?.innervation.nerves).toEqual(['obturator_nerve', 'sciatic_nerve']);
    expect(facts('gastrocnemius')?.innervation).toMatchObject({
      nerves: ['tibial_nerve'],
      segments: ['S1', 'S2'],
    });
    // The leg (issue 14): the anterior compartment by the deep fibular nerve, the lateral by the
    // superficial, soleus by the tibial; Moore's segments.
    expect(facts('soleus')?.innervation).toMatchObject({ nerves: ['tibial_nerve'], segments: ['S1', 'S2'] });
    expect(facts('tibialis_anterior')?.innervation).toMatchObject({
      nerves: ['deep_fibular_nerve'],
      segments: ['L4', 'L5'],
    });
    for (const id of ['tibialis_anterior', 'extensor_digitorum_longus', 'extensor_hallucis_longus'] as const)
      expect(facts(id)?.innervation.nerves, id).toEqual(['deep_fibular_nerve']);
    for (const id of ['fibularis_longus', 'fibularis_brevis'] as const) {
      expect(facts(id)?.innervation.nerves, id).toEqual(['superficial_fibular_nerve']);
      expect(facts(id)?.innervation.segments, id).toEqual(['L5', 'S1', 'S2']);
    }
    expect(facts('tibialis_anterior')?.insertion.en).toMatch(/medial cuneiform.*first metatarsal/i);
    expect(facts('fibularis_brevis')?.insertion.es).toMatch(/quinto metatarsiano/i);
    expect(facts('extensor_hallucis_longus')?.insertion.en).toMatch(/distal phalanx of the great toe/i);
    // The deep posterior compartment and popliteus: all by the tibial nerve.
    expect(facts('tibialis_posterior')?.insertion.en).toMatch(/navicular/i);
    expect(facts('tibialis_posterior')?.innervation.segments).toEqual(['L4', 'L5']);
    for (const id of ['flexor_digitorum_longus', 'flexor_hallucis_longus'] as const)
      expect(facts(id)?.innervation, id).toMatchObject({ nerves: ['tibial_nerve'], segments: ['S2', 'S3'] });
    expect(facts('popliteus')?.origin.es).toMatch(/cóndilo femoral lateral/i);
    // The sole's muscles (Moore's table of the sole): by the plantar nerves, terminal branches of the tibial.
    for (const id of ['abductor_hallucis', 'flexor_digitorum_brevis'] as const)
      expect(facts(id)?.innervation.branch?.en, id).toBe('medial plantar nerve');
    for (const id of ['quadratus_plantae', 'abductor_digiti_minimi'] as const)
      expect(facts(id)?.innervation.branch?.es, id).toBe('nervio plantar lateral');
    expect(facts('quadratus_plantae')?.insertion.en).toMatch(/tendon of flexor digitorum longus/i);
    expect(facts('flexor_digitorum_brevis')?.insertion.es).toMatch(/falanges medias/i);
    // The third layer (Moore's table of the sole): flexor hallucis brevis by the medial plantar nerve, adductor
    // hallucis and flexor digiti minimi brevis by the lateral's deep and superficial branches.
    expect(facts('flexor_hallucis_brevis')?.innervation.branch?.en).toBe('medial plantar nerve');
    expect(facts('adductor_hallucis')?.innervation.branch?.en).toMatch(/lateral plantar nerve/);
    expect(facts('flexor_digiti_minimi_brevis')?.innervation.branch?.es).toMatch(/nervio plantar lateral/);
    expect(facts('flexor_hallucis_brevis')?.insertion.en).toMatch(/flexor hallucis longus runs between/i);
    expect(facts('adductor_hallucis')?.origin.es).toMatch(/cabeza transversa/i);
    expect(facts('lumbricals')?.origin.en).toMatch(/tendons of flexor digitorum longus/i);
    expect(facts('lumbricals')?.innervation.branch?.en).toMatch(
      /medial plantar nerve.*lateral plantar nerve/,
    );
    // The fourth layer: the interossei, by the lateral plantar nerve's deep branch.
    expect(facts('dorsal_interossei_of_foot')?.origin.en).toMatch(/adjacent sides of metatarsals 1-5/i);
    expect(facts('dorsal_interossei_of_foot')?.action.en).toMatch(/abduct/i);
    expect(facts('plantar_interossei')?.origin.en).toMatch(/metatarsals 3-5/i);
    expect(facts('plantar_interossei')?.action.es).toMatch(/aducen/i);
    expect(facts('plantar_interossei')?.innervation.branch?.en).toMatch(
      /deep branch of the lateral plantar nerve/,
    );
    // Pectineus and adductor brevis, deep in the groin (Moore's table of the medial thigh).
    expect(facts('pectineus')?.innervation).toMatchObject({ nerves: ['femoral_nerve', 'obturator_nerve'] });
    expect(facts('pectineus')?.insertion.en).toMatch(/pectineal line of the femur/i);
    expect(facts('adductor_brevis')?.innervation).toMatchObject({
      nerves: ['obturator_nerve'],
      segments: ['L2', 'L3', 'L4'],
    });
    expect(facts('adductor_brevis')?.origin.es).toMatch(/rama inferior del pubis/i);
    // The short lateral rotators: the sacral plexus's own branches, and the obturator nerve for externus.
    expect(facts('obturator_internus')?.innervation.segments).toEqual(['L5', 'S1', 'S2']);
    expect(facts('quadratus_femoris')?.insertion.en).toMatch(/quadrate tubercle/i);
    expect(facts('gemellus_inferior')?.innervation.segments).toEqual(['L4', 'L5', 'S1']);
    expect(facts('obturator_externus')?.innervation).toMatchObject({ nerves: ['obturator_nerve'] });
  });

  it("a ligament's, meniscus' or bursa's attachments name bones; the knee's have them (issue 14)", () => {
    const attached = STUDIED_STRUCTURES.filter((s) => s.attachment);
    for (const s of attached)
      for (const bone of s.attachment!.bones) expect(STUDIED_BY_ID.get(bone)?.kind, s.id).toBe('bone');
    for (const s of STUDIED_STRUCTURES.filter((x) => x.kind === 'ligament' || x.kind === 'cartilage'))
      expect(s.attachment, s.id).toBeDefined();
    const bones = (id: Parameters<typeof STUDIED_BY_ID.get>[0]) => STUDIED_BY_ID.get(id)?.attachment?.bones;
    expect(bones('lateral_collateral_ligament')).toEqual(['femur', 'fibula']);
    expect(bones('anterior_cruciate_ligament')).toEqual(['tibia', 'femur']);
    expect(bones('prepatellar_bursa')).toEqual(['patella']);
    expect(STUDIED_BY_ID.get('anterior_cruciate_ligament')?.attachment?.attachments.en).toMatch(
      /anterior intercondylar area.*lateral femoral condyle/,
    );
    expect(STUDIED_BY_ID.get('medial_meniscus')?.kind).toBe('cartilage');
    expect(STUDIED_BY_ID.get('pes_anserine_bursa')?.synonyms).toContain('pes anserine bursa');
    expect(STUDIED_BY_ID.get('prepatellar_bursa')?.synonyms).toContain("housemaid's knee");
  });

  it('has no synonym that names another structure', () => {
    const synonyms = (id: Parameters<typeof STUDIED_BY_ID.get>[0]) =>
      (STUDIED_BY_ID.get(id)?.synonyms ?? []).map((s) => s.toLowerCase());
    // The sural nerve is a separate cutaneous nerve; triceps surae is gastrocnemius with soleus; the fascia
    // lata is the whole deep fascia of the thigh, of which the iliotibial tract is only the lateral part.
    expect(synonyms('tibial_nerve')).not.toContain('sural nerve');
    expect(synonyms('gastrocnemius')).not.toContain('triceps surae');
    expect(synonyms('soleus')).not.toContain('triceps surae');
    expect(synonyms('iliotibial_band')).not.toContain('fascia lata');
  });

  it('nerve branches and fibres: motor-only gluteal nerves, sensory saphenous, tibial from sciatic', () => {
    const nerve = (id: Parameters<typeof STUDIED_BY_ID.get>[0]) => STUDIED_BY_ID.get(id)?.nerve;
    expect(nerve('superior_gluteal_nerve')?.fibres).toBe('motor');
    expect(nerve('inferior_gluteal_nerve')?.fibres).toBe('motor');
    expect(nerve('saphenous_nerve')).toMatchObject({ fibres: 'sensory', branchOf: 'femoral_nerve' });
    expect(nerve('tibial_nerve')?.branchOf).toBe('sciatic_nerve');
    expect(nerve('common_fibular_nerve')?.branchOf).toBe('sciatic_nerve');
  });

  it('every Moore or Gray reference, of a structure or a connection, says where (chapter, table, section)', () => {
    const femur = STUDIED_BY_ID.get('femur');
    const k2 = CONNECTIONS.find((c) => c.id === 'k2_rectus_femoris');
    if (!femur || !k2) throw new Error('fixture missing');
    const { problems } = validateCatalogue({
      ...raw,
      structures: STUDIED_STRUCTURES.map((s) => (s.id === 'femur' ? { ...femur, references: [GRAY] } : s)),
      connections: CONNECTIONS.map((c) => (c.id === k2.id ? { ...k2, references: [MOORE] } : c)),
    });
    expect(problems).toContain("structure femur: Gray's Anatomy 42nd ed. cited without where");
    expect(problems).toContain('connection k2_rectus_femoris: Moore 8th ed. cited without where');
  });

  it('every muscle and nerve says where in its references its facts are found', () => {
    const missing = STUDIED_STRUCTURES.filter(
      (s) => (s.muscle || s.nerve) && !s.references.some((r) => r.locator),
    );
    expect(missing.map((s) => s.id)).toEqual([]);
  });

  it("a root's description names the regions its pain map reaches, and S2/S3 promise none", () => {
    expect(STUDIED_BY_ID.get('l1_nerve_root')?.description.en).toMatch(/front of the hip \(groin\)/i);
    expect(STUDIED_BY_ID.get('l1_nerve_root')?.description.en).not.toMatch(/down the leg/);
    for (const id of ['s2_nerve_root', 's3_nerve_root'] as const)
      expect(STUDIED_BY_ID.get(id)?.description.en).toMatch(/draws no pain map/);
  });
});

describe('grades of evidence', () => {
  it('the validator refuses an article grade the claim does not name, and an anatomy grade without adds', () => {
    const k2 = CONNECTIONS.find((c) => c.id === 'k2_rectus_femoris');
    const b3 = CONNECTIONS.find((c) => c.id === 'b3_psoas_major');
    if (!k2 || !b3) throw new Error('fixture missing');
    const { problems } = validateCatalogue({
      ...raw,
      connections: [
        ...CONNECTIONS,
        { ...k2, id: 'invented', from: { kind: 'structure', id: 'patellar_ligament' } },
        { ...b3, id: 'promoted', grade: 'article' },
        { ...b3, id: 'bare', adds: undefined },
      ],
    });
    expect(problems.some((p) => p.includes('connection invented: graded article'))).toBe(true);
    expect(problems.some((p) => p.includes('connection promoted: graded article'))).toBe(true);
    expect(problems.some((p) => p.includes('the anatomy grade needs'))).toBe(true);
  });

  it('no spread from the quadriceps tendon or the patellar ligament, none to the calf from the sacrum', () => {
    const from = (id: string) => CONNECTIONS.filter((c) => c.from.kind === 'structure' && c.from.id === id);
    expect(from('quadriceps_tendon')).toEqual([]);
    expect(from('patellar_ligament')).toEqual([]);
    expect(from('sacrum')).toEqual([]);
  });

  it('H5 and the back and knee of H4 change position or mechanics, never pain', () => {
    const h5 = CONNECTIONS.filter((c) => c.claim === 'H5');
    expect(h5.length).toBeGreaterThan(0);
    expect(h5.every((c) => c.effect === 'function')).toBe(true);
    const h4 = CONNECTIONS.filter((c) => c.claim === 'H4');
    // the hip joint, and the parts of it standard anatomy adds (iliofemoral ligament, labrum): the groin only
    expect(new Set(h4.filter((c) => c.effect === 'pain').flatMap((c) => c.to))).toEqual(
      new Set(['front_of_hip']),
    );
  });

  it('B5 spreads to the side of the injured knee only', () => {
    expect(CONNECTIONS.find((c) => c.id === 'b5_knee_joint')?.sides).toBe('same');
  });

  it('the calf is reached only by standard anatomy (S1 root and the discs above it), never the article', () => {
    const toCalf = CONNECTIONS.filter((c) => c.to.includes('calf'));
    expect(toCalf.length).toBeGreaterThan(0);
    expect(toCalf.every((c) => c.grade === 'anatomy')).toBe(true);
  });

  it('the article grade is exactly what the article says, written out here from its words', () => {
    // Source named by the claim -> the regions of the body part it names (our reading of which region:
    // the groin for the hip joint, the kneecap for the femur's rotation); effect 'function' where the
    // claim speaks of mechanics, not pain. Any spread added under the article's name fails here.
    const said = CONNECTIONS.filter((c) => c.grade === 'article')
      .map((c) => `${c.claim} ${c.from.id} -> ${c.to.join(' ')}${c.effect === 'pain' ? '' : ' (function)'}`)
      .sort();
    expect(said).toEqual([
      'B4 low_back -> side_of_hip front_of_knee',
      'B5 knee_joint -> side_of_hip low_back',
      'H2 femur -> front_of_knee',
      'H3 greater_trochanteric_bursa -> side_of_hip',
      'H3 iliotibial_band -> side_of_hip',
      'H4 hip_joint -> front_of_hip',
      'H4 hip_joint -> low_back front_of_knee inside_of_knee (function)',
      'H6 hip_joint -> low_back front_of_knee inside_of_knee',
      'K1 iliotibial_band -> side_of_hip outside_of_knee',
      'K2 rectus_femoris -> front_of_hip front_of_knee',
      'K3 knee_joint -> front_of_hip low_back',
    ]);
  });

  it('every nerve connection is graded anatomy and says what anatomy adds', () => {
    const nerves = CONNECTIONS.filter((c) => c.pathway === 'nerve');
    expect(nerves.every((c) => c.grade === 'anatomy' && c.adds)).toBe(true);
    const l5 = CONNECTIONS.find((c) => c.id === 'b1_l5_root_via_common_fibular');
    expect(l5?.adds?.en).toBe(
      'The L5 root reaches the outside of the knee through the sciatic and common fibular nerves.',
    );
  });
});

describe('Spanish', () => {
  const pairs: [string, { en: string; es: string }][] = [
    ...STUDIED_STRUCTURES.flatMap((s): [string, { en: string; es: string }][] => [
      [`${s.id}.plainName`, s.plainName],
      [`${s.id}.description`, s.description],
    ]),
    // Student anatomy: muscle and nerve facts.
    ...STUDIED_STRUCTURES.flatMap((s): [string, { en: string; es: string }][] => {
      const { muscle, nerve } = s;
      return [
        ...(muscle
          ? ([
              [`${s.id}.muscle.origin`, muscle.origin],
              [`${s.id}.muscle.insertion`, muscle.insertion],
              [`${s.id}.muscle.action`, muscle.action],
              ...(muscle.innervation.branch
                ? [[`${s.id}.muscle.innervation.branch`, muscle.innervation.branch]]
                : []),
            ] as [string, { en: string; es: string }][])
          : []),
        ...(nerve
          ? ([
              [`${s.id}.nerve.course`, nerve.course],
              [`${s.id}.nerve.supplies`, nerve.supplies],
            ] as [string, { en: string; es: string }][])
          : []),
      ];
    }),
    ...REGIONS.flatMap((r): [string, { en: string; es: string }][] => [
      [`${r.id}.name`, r.name],
      [`${r.id}.description`, r.description],
    ]),
    ...CONNECTIONS.flatMap((c): [string, { en: string; es: string }][] => [
      [`${c.id}.plain`, c.plain],
      [`${c.id}.student`, c.student],
    ]),
    ...CLAIMS.map((c): [string, { en: string; es: string }] => [
      `${c.id}.translation`,
      { en: c.quote, es: c.translation.es },
    ]),
  ];

  it('every Spanish text is filled in and differs from the English', () => {
    const bad = pairs.filter(([, t]) => t.es.trim() === '' || t.es.trim() === t.en.trim()).map(([k]) => k);
    expect(bad).toEqual([]);
  });

  it('Spanish text has no English filler left in it', () => {
    const bad = pairs.filter(([, t]) => /\b(the|and|of|with|can)\b/i.test(t.es)).map(([k]) => k);
    expect(bad).toEqual([]);
  });
});

describe('Spanish and English content', () => {
  /** Every `{ en, es }` text anywhere in the data, with where it sits. */
  function localized(value: unknown, path: string, found: [string, Record<string, unknown>][]) {
    if (Array.isArray(value)) value.forEach((item, i) => localized(item, `${path}[${i}]`, found));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      // A quote's translation pairs with the quote itself (checked below), not with an `en` field.
      if (('en' in record || 'es' in record) && !('isTranslation' in record)) found.push([path, record]);
      for (const [key, child] of Object.entries(record)) localized(child, `${path}.${key}`, found);
    }
    return found;
  }

  it('every localized text has both languages, none empty', () => {
    const found = localized(raw, 'content', []);
    // Plain names, descriptions (structures, regions), plain and student explanations (connections),
    // and the student facts of every muscle (origin, insertion, action) and nerve (course, supplies).
    const muscles = STUDIED_STRUCTURES.filter((s) => s.muscle).length;
    const nerves = STUDIED_STRUCTURES.filter((s) => s.nerve).length;
    expect(found.length).toBeGreaterThanOrEqual(
      STUDIED_STRUCTURES.length * 2 + REGIONS.length * 2 + CONNECTIONS.length * 2 + muscles * 3 + nerves * 2,
    );
    const paths = new Set(found.map(([path]) => path));
    expect(paths.has('content.connections[0].student')).toBe(true);
    const rf = STUDIED_STRUCTURES.findIndex((s) => s.id === 'rectus_femoris');
    expect(paths.has(`content.structures[${rf}].muscle.origin`)).toBe(true);
    const bad = found
      .filter(
        ([, text]) =>
          !['en', 'es'].every((lang) => typeof text[lang] === 'string' && text[lang].trim() !== ''),
      )
      .map(([path]) => path);
    expect(bad).toEqual([]);
  });

  it('every quote has a Spanish translation that is not the English text', () => {
    const bad = CLAIMS.filter(
      (c) => c.translation.es.trim() === '' || squash(c.translation.es) === squash(c.quote),
    ).map((c) => c.id);
    expect(bad).toEqual([]);
  });

  it('Spanish texts are not copies of the English ones', () => {
    const same = localized(raw, 'content', [])
      .filter(([, text]) => typeof text.en === 'string' && text.en.length > 12 && text.en === text.es)
      .map(([path]) => path);
    expect(same).toEqual([]);
  });
});
