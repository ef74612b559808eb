// Renders public/models/lower-body.glb from several views with headless Chromium (SwiftShader) to
// docs/model/*.png (npm run model:preview). Extra views: node scripts/preview-model.mjs name:view:mode[:focus[:clip[:extra]]] ...
// (clip: hide what lies outside the focus box; extra: hide=ids,ghost=ids as a query, e.g. hide=patella&ghost=sartorius). A name with a slash is a path (e.g. /tmp/foot), else docs/model/name.
import { createServer } from 'node:http';
import { readFile, mkdir } from 'node:fs/promises';
import { extname, join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { transform } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.glb': 'model/gltf-binary' };

function serve() {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file;
    if (url.pathname === '/' || url.pathname === '/index.html')
      file = join(root, 'tests/preview/model-preview.html');
    else if (url.pathname === '/lower-body.glb')
      file = process.env.PREVIEW_GLB ?? join(root, 'public/models/lower-body.glb');
    else if (url.pathname === '/lower-body-deep.glb')
      file = process.env.PREVIEW_DEEP_GLB ?? join(root, 'public/models/lower-body-deep.glb');
    else if (url.pathname.startsWith('/three/') && !url.pathname.includes('..'))
      file = join(root, 'node_modules', url.pathname);
    else if (/^\/src\/scene\/[\w/]+\.ts$/.test(url.pathname)) {
      // the app's own shader code (muscle fibres), type-stripped, so the previews look like the app
      try {
        const { code } = await transform(await readFile(join(root, url.pathname), 'utf8'), { loader: 'ts' });
        res.writeHead(200, { 'content-type': 'text/javascript' });
        res.end(code);
      } catch {
        res.writeHead(404);
        res.end();
      }
      return;
    }
    try {
      if (!file) throw new Error('not found');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const DEFAULT_SHOTS = [
  'bones-front:front:bones',
  'bones-back:back:bones',
  'bones-side:left:bones',
  'bones-threequarter:threequarter:bones',
  // Bone close-ups: pelvis and lumbar spine (shading of the iliac wing and sacrum).
  'pelvis-front:front:bones:-0.2,0.8,-0.15,0.2,1.3,0.15',
  'pelvis-back:back:bones:-0.2,0.8,-0.15,0.2,1.3,0.15',
  'lumbar-side:left:bones:-0.05,1.0,-0.1,0.05,1.35,0.1',
  'full-front:front:full',
  'full-back:back:full',
  'full-side:left:full',
  'full-threequarter:threequarter:full',
  // Muscle close-ups (skin off), left side, to compare with atlas plates.
  'thigh-front:front:full:0.0,0.4,-0.15,0.25,1.1,0.15',
  'thigh-back:back:full:0.0,0.2,-0.15,0.25,1.1,0.15',
  'thigh-lateral:left:full:0.0,0.2,-0.15,0.25,1.1,0.15',
  'groin-front:front:full:-0.02,0.7,-0.05,0.2,1.0,0.15',
  // the medial side of the upper left thigh (clipped at the midline): adductor brevis behind adductor longus
  'groin-medial:right:full:0.0,0.68,-0.15,0.22,1.0,0.15:clip',
  // gracilis and adductor brevis at the pubis, their neighbours hidden, and the pubic arch from below
  'gracilis-brevis-medial:right:full:0.0,0.72,-0.1,0.2,0.95,0.12:clip:hide=adductor_longus,adductor_magnus,sartorius,semitendinosus,semimembranosus,vastus_medialis,pectineus,obturator_internus,levator_ani,obturator_nerve,femoral_nerve,rectus_femoris,iliacus,psoas_major',
  'gracilis-brevis-front:front:full:-0.02,0.72,-0.08,0.14,0.95,0.12::hide=adductor_longus,adductor_magnus,sartorius,semitendinosus,semimembranosus,vastus_medialis,pectineus,obturator_internus,levator_ani,obturator_nerve,femoral_nerve,rectus_femoris,iliacus,psoas_major',
  'pubic-arch-below:below:full:-0.03,0.72,-0.1,0.12,0.95,0.12',
  // the pubic bodies from above and in front: pectineus' top on the pecten, lateral of the tubercle
  'pubis-top:0,0.6,0.8:full:-0.02,0.86,-0.02,0.08,0.95,0.1',
  // pectineus from in front and above, passing into the superior ramus under the pecten beside iliopsoas
  'pectineus-front:0,0.4,0.9:full:0.02,0.87,-0.02,0.1,0.95,0.1::hide=sartorius,femoral_nerve,inguinal_ligament,iliofemoral_ligament,genitofemoral_nerve,ilioinguinal_nerve',
  'glute-back:back:full:-0.02,0.75,-0.2,0.22,1.15,0.0',
  'hip-lateral:left:full:0.05,0.75,-0.2,0.25,1.15,0.12',
  // gluteus maximus' lower border over the hamstrings' origin, and its insertion behind vastus lateralis
  'glute-fold-back:back:full:0.05,0.75,-0.15,0.22,0.92,0.0',
  'glute-fold-lateral:left:full:0.08,0.75,-0.15,0.22,0.92,0.05',
  // gluteus medius from the side, gluteus maximus and the iliotibial band hidden
  'gluteus-medius-lateral:left:full:0.05,0.8,-0.15,0.25,1.12,0.12::hide=gluteus_maximus,iliotibial_band',
  'gluteus-minimus-lateral:left:full:0.05,0.8,-0.15,0.25,1.12,0.12::hide=gluteus_maximus,gluteus_medius,iliotibial_band',
  // the iliotibial band over the greater trochanter, close (the bursa under it must not show through)
  'trochanter-lateral:left:full:0.15,0.8,-0.06,0.22,0.95,0.06',
  // gluteus maximus clipped away: piriformis, the short rotators below it, the sciatic nerve behind them
  'hip-rotators-back:back:full:0.0,0.8,-0.085,0.2,1.0,0.05:clip',
  // the hamstrings' common origin on the ischial tuberosity from behind, gluteus maximus hidden: semimembranosus'
  // tendon lateral and deep, the common tendon of semitendinosus and biceps femoris' long head medial and behind
  'ischial-tuberosity-back:back:full:0.02,0.76,-0.12,0.16,0.9,0.0::hide=gluteus_maximus',
  // obturator externus over the obturator foramen, the adductors, pectineus and iliopsoas left out
  'obturator-externus-front:front:full:0.0,0.78,-0.06,0.16,0.95,0.1:clip:hide=pectineus,adductor_longus,adductor_brevis,adductor_magnus,gracilis,iliacus,psoas_major,sartorius,rectus_femoris,vastus_medialis,vastus_intermedius,tensor_fasciae_latae,femoral_nerve,obturator_nerve,inguinal_ligament,iliofemoral_ligament',
  // obturator internus' pelvic part on the side wall of the lesser pelvis, seen from inside (clipped at the midline)
  'obturator-internus-medial:right:full:0.0,0.8,-0.09,0.1,0.95,0.05:clip',
  // obturator internus on the pelvic face of the obturator membrane, seen from inside the pelvis square to the
  // membrane (the view is the direction to the camera), the adductors' tops on its other side
  'obturator-internus-pelvic:-0.677,0.273,-0.684:full:0.0,0.82,-0.06,0.075,0.94,0.06:clip:hide=psoas_major,iliacus',
  // iliacus from the iliac fossa over the brim and the front of the hip joint, beside psoas (sartorius,
  // rectus femoris, tensor fasciae latae and the nerves and ligaments over it left out)
  'iliacus-front:front:full:0.0,0.82,-0.06,0.17,1.1,0.12:clip:hide=sartorius,rectus_femoris,tensor_fasciae_latae,femoral_nerve,inguinal_ligament,iliofemoral_ligament,lateral_femoral_cutaneous_nerve,genitofemoral_nerve,ilioinguinal_nerve',
  // the same, close over the brim, where its faces folded
  'iliacus-brim-front:front:full:0.04,0.9,-0.06,0.14,1.02,0.12:clip:hide=sartorius,rectus_femoris,tensor_fasciae_latae,femoral_nerve,inguinal_ligament,iliofemoral_ligament,lateral_femoral_cutaneous_nerve,genitofemoral_nerve,ilioinguinal_nerve',
  // the nerves layer over the bones (issue 14): the fibular and sural nerves of the left leg, the cluneal
  // and posterior femoral cutaneous nerves of the buttock and thigh, the nerves of the groin
  // the common fibular nerve round the fibular neck, dividing into the superficial and deep fibular nerves
  'fibular-neck-lateral:left:nerves:0.02,0.36,-0.06,0.18,0.5,0.06:clip',
  'leg-nerves-lateral:left:nerves:0.02,0.0,-0.12,0.18,0.52,0.24:clip',
  'leg-nerves-back:back:nerves:0.02,0.0,-0.12,0.18,0.52,0.24:clip',
  // the fibular nerves in front of the ankle and on the dorsum of the foot (the deep one to the first web space)
  'ankle-nerves-top:top:nerves:0.06,0.02,0.0,0.13,0.14,0.16:clip',
  'ankle-nerves-threequarter:threequarter:nerves:0.06,0.02,0.0,0.13,0.14,0.16:clip',
  'buttock-nerves-back:back:nerves:-0.02,0.45,-0.2,0.22,1.25,0.1',
  'groin-nerves-front:front:nerves:-0.02,0.8,-0.06,0.2,1.25,0.15',
  // the lumbar gutter, erector spinae (and gluteus maximus over the sacrum) left out: multifidus on the
  // laminae and the sacrum (it was clipped behind z = -6.4 cm, which cut the bundles into shards there)
  'lumbar-gutter-back:back:full:-0.035,0.97,-0.064,0.035,1.23,0.05::hide=erector_spinae,gluteus_maximus,superior_cluneal_nerves',
  // multifidus' fascicle bundles, erector spinae (and gluteus maximus over the sacrum) left out: from behind,
  // and from the left with the hip bone clipped away (thickest at L5-S1)
  // gluteus medius' flat tendon on the lateral facet of the greater trochanter, what lies over it left out
  'gluteus-medius-insertion-lateral:left:full:0.12,0.86,-0.05,0.2,0.96,0.05::hide=gluteus_maximus,iliotibial_band,greater_trochanteric_bursa,tensor_fasciae_latae,vastus_lateralis',
  // quadratus lumborum from behind, erector spinae, multifidus and the glutei left out: from the iliac crest to
  // the tips of the lumbar transverse processes, ending on L1's (the model has no 12th rib)
  'quadratus-lumborum-back:back:full:0.0,1.02,-0.12,0.13,1.23,0.0::hide=erector_spinae,multifidus,gluteus_maximus,gluteus_medius,superior_cluneal_nerves',
  'multifidus-back:back:full:-0.05,0.94,-0.13,0.05,1.23,0.03::hide=erector_spinae,gluteus_maximus,superior_cluneal_nerves',
  'multifidus-side:left:full:0.0,0.94,-0.13,0.034,1.23,0.03:clip:hide=erector_spinae,gluteus_maximus,superior_cluneal_nerves',
  // erector spinae's aponeurosis on the dorsal sacrum, over multifidus' origin, between the gluteus maximi
  'sacrum-back:back:full:-0.06,0.94,-0.15,0.06,1.08,0.0',
  // erector spinae beside the PSIS, gluteus maximus and medius hidden (its edge was pushed out of the bone into a flap)
  'erector-spinae-psis-back:back:full:0.0,0.96,-0.16,0.14,1.12,0.0::hide=gluteus_maximus,gluteus_medius,iliotibial_band',
  'pelvis-muscles-front:front:full:-0.15,0.8,-0.1,0.15,1.25,0.12',
  // The pelvic ligaments (issue 14), bones and ligaments only: from behind (iliolumbar, posterior sacroiliac,
  // sacrotuberous); the left hemipelvis from the midline, sacrum and spine left out (sacrospinous in front of
  // sacrotuberous); the hip with the femur left out (labrum on the rim, the iliofemoral Y, the iliopsoas bursa,
  // the inguinal ligament).
  'pelvis-ligaments-back:back:ligaments:-0.01,0.82,-0.15,0.13,1.12,0.15::hide=greater_trochanteric_bursa',
  'pelvis-ligaments-medial:right:ligaments:0.0,0.82,-0.13,0.16,1.12,0.08:clip:hide=sacrum,coccyx,l4_vertebra,l5_vertebra',
  'hip-ligaments-front:threequarter:ligaments:0.03,0.84,-0.05,0.18,1.04,0.15::hide=femur,greater_trochanteric_bursa',
  'hip-labrum-lateral:left:ligaments:0.03,0.84,-0.06,0.18,1.04,0.1::hide=femur,greater_trochanteric_bursa',
  'calf-back:back:full:0.0,0.1,-0.15,0.2,0.55,0.05',
  // soleus' top from behind and the side, gastrocnemius, the hamstrings and the nerves over it left out: from
  // the back of the fibular head, its upper medial border running obliquely down below popliteus
  'soleus-origin-back:back:full:0.04,0.3,-0.1,0.16,0.5,0.02:clip:hide=gastrocnemius,plantaris,semitendinosus,semimembranosus,biceps_femoris,sural_nerve,tibial_nerve,common_fibular_nerve,medial_sural_cutaneous_nerve,lateral_sural_cutaneous_nerve',
  'soleus-origin-lateral:left:full:0.04,0.3,-0.1,0.16,0.5,0.02:clip:hide=gastrocnemius,plantaris,semitendinosus,semimembranosus,biceps_femoris,sural_nerve,tibial_nerve,common_fibular_nerve,medial_sural_cutaneous_nerve,lateral_sural_cutaneous_nerve',
  // The lower leg, all compartments (issue 14), clipped to the left leg (seen from the right: its medial side).
  'leg-front:front:full:0.02,0.0,-0.12,0.18,0.52,0.24:clip',
  'leg-lateral:left:full:0.02,0.0,-0.12,0.18,0.52,0.24:clip',
  'leg-back:back:full:0.02,0.0,-0.12,0.18,0.52,0.24:clip',
  'leg-medial:right:full:0.02,0.0,-0.12,0.18,0.52,0.24:clip',
  // fibularis brevis round the fibula's posterior border into the groove behind the malleolus (from behind),
  // and its top narrowing to its origin under fibularis longus (from the side); longus and the calf left out
  'fibularis-brevis-back:back:full:0.05,0.12,-0.07,0.12,0.24,0.0::hide=fibularis_longus,soleus,gastrocnemius,flexor_hallucis_longus,sural_nerve,tibial_nerve',
  'fibularis-brevis-top:left:full:0.05,0.25,-0.06,0.12,0.35,0.04::hide=fibularis_longus,soleus,gastrocnemius,superficial_fibular_nerve,common_fibular_nerve',
  // both fibular tendons behind and under the lateral malleolus, from the side and from behind (the calf and
  // the sural nerve left out): brevis in the groove and on to the fifth metatarsal, longus behind it
  'fibularis-malleolus-lateral:left:full:0.09,0.0,-0.06,0.15,0.13,0.06::hide=sural_nerve,soleus,gastrocnemius',
  'fibularis-malleolus-back:back:full:0.09,0.0,-0.06,0.15,0.13,0.06::hide=sural_nerve,soleus,gastrocnemius,flexor_hallucis_longus,tibial_nerve',
  // fibularis longus' belly's end and tendon over brevis, behind the malleolus and under the foot
  'fibularis-longus-lateral:left:full:0.07,0.0,-0.08,0.16,0.32,0.08::hide=sural_nerve,soleus,gastrocnemius,superficial_fibular_nerve',
  // longus' tendinous origin tapering from the fibular head; its tendon on the calcaneus below brevis' and round
  // the cuboid, from behind
  'fibularis-longus-top:left:full:0.08,0.36,-0.06,0.16,0.48,0.04::hide=soleus,gastrocnemius,superficial_fibular_nerve,common_fibular_nerve,biceps_femoris',
  // its origin passing into the fibular head, from the side (extensor digitorum longus left out)
  'fibularis-longus-origin-lateral:left:full:0.1,0.4,-0.04,0.16,0.48,0.03::hide=soleus,gastrocnemius,superficial_fibular_nerve,common_fibular_nerve,biceps_femoris,extensor_digitorum_longus',
  'fibularis-heel-back:back:full:0.06,0.0,-0.08,0.15,0.1,0.05::hide=sural_nerve,soleus,gastrocnemius,flexor_hallucis_longus,tibial_nerve,calcaneal_tendon,abductor_digiti_minimi,plantar_aponeurosis,flexor_digitorum_brevis',
  // the peroneal (fibular) trochlea on the calcaneus' lateral face below and in front of the malleolus' tip, the
  // bones alone; and with both fibular tendons, brevis' above it and longus' below it
  'calcaneus-lateral:left:bones:0.1,0.01,-0.045,0.14,0.06,0.015',
  'fibularis-trochlea-lateral:left:full:0.1,0.01,-0.045,0.14,0.07,0.025::hide=sural_nerve,soleus,gastrocnemius',
  // fibularis longus from below, out round the cuboid's lateral border into its groove (brevis left out)
  'fibularis-cuboid-below:below:full:0.09,0.0,-0.02,0.16,0.05,0.06::hide=sural_nerve,soleus,gastrocnemius,flexor_hallucis_longus,tibial_nerve,calcaneal_tendon,abductor_digiti_minimi,plantar_aponeurosis,flexor_digitorum_brevis,fibularis_brevis',
  // gastrocnemius' heads arising from the femur above the condyles, the hamstrings and nerves left out
  'gastrocnemius-origin-back:back:full:0.02,0.36,-0.12,0.18,0.6,0.05:clip:hide=semimembranosus,semitendinosus,biceps_femoris,gracilis,sartorius,sciatic_nerve,tibial_nerve,sural_nerve,common_fibular_nerve',
  // popliteus behind the knee, gastrocnemius, soleus and the nerves over it left out
  'popliteus-back:back:full:0.02,0.36,-0.12,0.18,0.56,0.05:clip:hide=gastrocnemius,soleus,tibial_nerve,sural_nerve,common_fibular_nerve',
  // the deep flexors' tops tapering onto the bones below popliteus, gastrocnemius and soleus left out
  'deep-flexors-back:back:full:0.04,0.34,-0.08,0.15,0.47,0.02:clip:hide=gastrocnemius,soleus,tibial_nerve,sural_nerve,common_fibular_nerve,plantaris',
  // the floor of the popliteal fossa: the oblique popliteal ligament from semimembranosus' tendon over the
  // capsule, the tibial nerve behind it (gastrocnemius, soleus and the pes tendons left out)
  'popliteal-fossa-back:back:full:0.02,0.42,-0.08,0.16,0.56,0.03:clip:hide=gastrocnemius,soleus,semitendinosus,gracilis,sartorius',
  // the quadriceps converging on their tendon and the patella; the foot bones and tendons
  'knee-front:front:full:0.0,0.42,-0.05,0.2,0.68,0.15',
  'knee-threequarter:threequarter:full:0.0,0.42,-0.05,0.2,0.68,0.15',
  // vastus intermedius alone on the femur (what lies over it left out): its top tapering onto the shaft's front
  'vastus-intermedius-front:front:full:0.04,0.6,-0.08,0.2,0.9,0.08:clip:hide=vastus_lateralis,rectus_femoris,vastus_medialis,sartorius,tensor_fasciae_latae,iliotibial_band,gluteus_maximus,adductor_magnus,adductor_longus,adductor_brevis,biceps_femoris,semitendinosus,semimembranosus,pectineus,iliacus,psoas_major,gracilis,quadratus_femoris,gluteus_medius,gluteus_minimus,femoral_nerve,sciatic_nerve,posterior_femoral_cutaneous_nerve,saphenous_nerve,obturator_externus,quadriceps_tendon',
  'vastus-intermedius-back:back:full:0.04,0.6,-0.08,0.2,0.9,0.08:clip:hide=vastus_lateralis,rectus_femoris,vastus_medialis,sartorius,tensor_fasciae_latae,iliotibial_band,gluteus_maximus,adductor_magnus,adductor_longus,adductor_brevis,biceps_femoris,semitendinosus,semimembranosus,pectineus,iliacus,psoas_major,gracilis,quadratus_femoris,gluteus_medius,gluteus_minimus,femoral_nerve,sciatic_nerve,posterior_femoral_cutaneous_nerve,saphenous_nerve,obturator_externus,quadriceps_tendon',
  // vastus lateralis tapering onto the patella's upper lateral border, the iliotibial band beside it
  'vastus-lateralis-knee:threequarter:full:0.04,0.46,-0.04,0.17,0.64,0.09:clip',
  // The left knee's ligaments and menisci (issue 14): bones, ligaments and menisci only, the patella and its
  // bursa left out so the cruciates show in the notch; the plateau from above with the femur left out.
  'knee-ligaments-front:front:ligaments:0.03,0.4,-0.05,0.15,0.56,0.08::hide=patella,prepatellar_bursa',
  'knee-ligaments-back:back:ligaments:0.03,0.4,-0.05,0.15,0.56,0.08',
  'knee-menisci-top:top:ligaments:0.04,0.44,-0.04,0.14,0.5,0.05:clip:hide=femur,patella,prepatellar_bursa',
  // the cruciates from the lateral side, the lateral condyle cut away: the ACL up under the notch's roof
  'knee-cruciates-lateral:left:ligaments:0.06,0.44,-0.05,0.103,0.54,0.04:clip',
  // The medial side of the left knee, the conjoined tendons of the pes anserinus faint over their bursa.
  'knee-medial-bursa:right:full:0.034,0.38,-0.06,0.2,0.56,0.1:clip:ghost=sartorius,gracilis,semitendinosus',
  // the same, the conjoined tendons drawn: they pass over the tibial collateral ligament to their insertion
  'knee-medial-pes:right:full:0.034,0.38,-0.06,0.2,0.56,0.1:clip',
  // the tibial collateral ligament alone on the bones, from the medial side (its course over the joint line)
  'mcl-medial:right:ligaments:0.034,0.4,-0.05,0.12,0.56,0.06:clip',
  // the deep MCL under it: from below and behind the epicondyle over the meniscus, fanning onto the tibia
  'dmcl-medial:right:ligaments:0.034,0.4,-0.05,0.12,0.56,0.06:clip:hide=medial_collateral_ligament',
  // the posterior oblique ligament on the posteromedial capsule, behind the tibial collateral ligament
  'knee-pol-back:back:ligaments:0.03,0.44,-0.05,0.1,0.54,0.03:clip',
  // the oblique popliteal ligament across the back of the knee, behind the posterior cruciate ligament
  'knee-opl-back:back:ligaments:0.03,0.42,-0.06,0.15,0.56,0.03:clip',
  // semimembranosus' tendon down the back of the medial condyle to its insertion behind that ligament's end
  'semimembranosus-knee-back:back:full:0.03,0.42,-0.06,0.1,0.56,0.03:clip:hide=gastrocnemius,semitendinosus,gracilis,sartorius',
  // the same from the medial side: it curves down and forward into its rounded end in the tibia
  'semimembranosus-knee-medial:right:full:0.034,0.42,-0.06,0.1,0.56,0.03:clip:hide=gastrocnemius,semitendinosus,gracilis,sartorius',
  'foot-lateral:left:full:0.0,0.0,-0.09,0.2,0.16,0.22',
  'foot-top:top:full:0.0,0.0,-0.09,0.2,0.16,0.22:clip',
  // the left forefoot from above, closer: the dorsal interossei in the spaces between the metatarsals, between
  // the extensor tendons
  'interossei-top:top:full:0.06,0.0,0.04,0.17,0.06,0.2:clip',
  // the long flexor tendons in the sole to the toes' distal phalanges, and the foot from its medial side
  'foot-sole:below:full:0.0,-0.01,-0.09,0.2,0.16,0.22:clip',
  'foot-medial:right:full:0.0,-0.01,-0.09,0.2,0.16,0.22:clip',
  // the left toes close, from the lateral side: extensor tendons on their dorsum, flexor tendons beneath
  'toes-lateral:left:full:0.03,-0.01,0.1,0.14,0.06,0.22:clip',
  // extensor hallucis longus' tendon from the medial side, the foot clipped lateral of the hallux: over the first
  // metatarsal's head and along the dorsum of the proximal phalanx to the distal phalanx's base
  'hallux-extensor-medial:right:full:0.075,0.0,0.09,0.1,0.07,0.2:clip',
  // the front of the left ankle: extensor hallucis longus' tendon between tibialis anterior's and extensor
  // digitorum longus', in front of the tibia
  'ankle-extensors-front:front:full:0.05,0.04,0.0,0.14,0.16,0.1:clip',
  // the second toe close, from the lateral side: extensor digitorum longus' tendon over the curled joints
  'toe-second-lateral:left:full:0.1,0.0,0.14,0.117,0.035,0.2:clip',
  // the fifth toe close, from the lateral side: flexor digitorum longus' tendon in one curve under the curl
  // (flexor digitorum brevis and extensor digitorum longus left out)
  'toe-fifth-lateral:left:full:0.146,0.0,0.115,0.168,0.03,0.165:clip:hide=flexor_digitorum_brevis,extensor_digitorum_longus',
  // the same with flexor digitorum brevis: its lateral half round the middle phalanx's base onto its shaft
  // (extensor digitorum longus and the fifth toe's own muscles left out)
  'toe-fifth-fdb-lateral:left:full:0.146,0.0,0.115,0.168,0.03,0.165:clip:hide=extensor_digitorum_longus,abductor_digiti_minimi,flexor_digiti_minimi_brevis',
  // the left sole from below, closer: its muscles (sole-below), and with the first layer hidden quadratus
  // plantae on the long flexor's tendon where it divides into four and the lumbricals on its tendons (sole-deep)
  'sole-below:below:full:0.02,-0.01,-0.08,0.17,0.08,0.21:clip',
  // the left lesser toes from below: flexor digitorum brevis' tendons split round the long flexor's
  'toes-below:below:full:0.06,-0.01,0.12,0.17,0.06,0.23:clip',
  // closer: toes 1-4 from below, each brevis tendon's medial half parting from it under the long flexor's
  'toes-split:below:full:0.08,-0.01,0.15,0.14,0.04,0.22:clip',
  // the left toes from above: the lumbricals' tendons reaching the extensor expansions beside the long extensor's
  'toes-top:top:full:0.06,-0.01,0.12,0.17,0.06,0.23:clip',
  // the left forefoot from below and behind: the plantar aponeurosis' slips, flat bands to the toes
  'slips-below:below:full:0.03,-0.01,0.07,0.16,0.05,0.2:clip',
  'sole-deep:below:full:0.02,-0.01,-0.08,0.17,0.08,0.21:clip:hide=plantar_aponeurosis,flexor_digitorum_brevis,abductor_hallucis,abductor_digiti_minimi',
  // the third layer: the first two hidden and the long flexor's tendons too, flexor hallucis longus' left in
  // the groove between flexor hallucis brevis' bellies
  'sole-third:below:full:0.02,-0.01,-0.08,0.17,0.08,0.21:clip:hide=plantar_aponeurosis,flexor_digitorum_brevis,abductor_hallucis,abductor_digiti_minimi,quadratus_plantae,lumbricals,flexor_digitorum_longus',
  // the fourth layer, the forefoot closer: the third hidden too (and flexor hallucis longus' tendon), the plantar
  // interossei under metatarsals 3-5 and the dorsal ones between the bones
  'interossei-below:below:full:0.06,-0.01,0.04,0.17,0.06,0.2:clip:hide=plantar_aponeurosis,flexor_digitorum_brevis,abductor_hallucis,abductor_digiti_minimi,quadratus_plantae,lumbricals,flexor_digitorum_longus,flexor_hallucis_brevis,adductor_hallucis,flexor_digiti_minimi_brevis,flexor_hallucis_longus',
  // the skin's outline over the hips, from the front (the thigh meeting the trunk under the trochanter)
  'skin-front:front:skin',
  'skin-back:back:skin',
  'skin-side:left:skin',
];

const shots = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_SHOTS;
const server = await serve();
const port = server.address().port;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
});
const outDir = join(root, 'docs/model');
await mkdir(outDir, { recursive: true });
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  for (const shot of shots) {
    const [name, view, mode, focus, clip, extra] = shot.split(':');
    const params = new URLSearchParams({ view, mode });
    if (focus) params.set('focus', focus);
    if (clip) params.set('clip', '1');
    for (const [key, value] of new URLSearchParams(extra ?? '')) params.set(key, value);
    await page.goto(`http://127.0.0.1:${port}/?${params}`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 120_000 });
    const path = name.includes('/') ? `${name}.png` : join(outDir, `${name}.png`);
    await page.locator('canvas').screenshot({ path });
    console.log('wrote', path);
  }
} finally {
  await browser.close();
  server.close();
}
