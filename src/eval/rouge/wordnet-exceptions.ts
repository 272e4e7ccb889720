/**
 * WordNet's morphological exception lists (adj.exc, adv.exc, noun.exc,
 * verb.exc), the data behind ROUGE-1.5.5's WordNet-2.0.exc.db. Generated, do
 * not edit. Each whitespace-separated item `form-N<suffix>` maps a form to
 * the form minus its last N characters plus the suffix: `went-4go` is
 * went -> go, `children-3` is children -> child.
 *
 * Source: WordNet 3.0 as packaged by Debian (`apt-get install wordnet-base`,
 * /usr/share/wordnet/*.exc); ROUGE shipped WordNet 2.0's lists, which are
 * nearly identical and not available here. Lists were merged with
 * `parseExceptionLists` in the order noun, verb, adv, adj (a later list wins:
 * "best" and "better" map to "good", not "well", which is what reproduces the
 * published DUC 2004 figures). Only forms ROUGE can look up are kept: longer
 * than 3 characters (shorter tokens are never stemmed) and made of [a-z0-9]
 * (no other token survives ROUGE's tokeniser); pairs whose base is what
 * ROUGE's Porter stemmer returns anyway are left out.
 *
 * WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
 *
 * Permission to use, copy, modify and distribute this software and database
 * and its documentation for any purpose and without fee or royalty is hereby
 * granted, provided that you agree to comply with the following copyright
 * notice and statements, including the disclaimer, and that the same appear
 * on ALL copies of the software, database and documentation, including
 * modifications that you make for internal use or for distribution.
 *
 * THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
 * MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF
 * EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
 * OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR
 * THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT
 * INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
 *
 * The name of Princeton University or Princeton may not be used in
 * advertising or publicity pertaining to distribution of the software and/or
 * database. Title to copyright in this software, database and any associated
 * documentation shall at all times remain with Princeton University and
 * LICENSEE agrees to preserve same.
 */
export const WORDNET_EXCEPTION_DATA = `
aardwolves-3f abaci-1us abode-3ide aboideaux-1 aboiteaux-1 abought-5y acanthi-1us acari-1us
acciaccature-1a accompanied-3y acetabula-1um acetified-3y achaemenidae-2 acicula-1um acidified-3y
acini-1us acromia-1on actinozoa-0n addenda-1um addrest-1s adenocarcinomata-2 adenomata-2 adieux-1
adyta-1um aecia-1um aecidia-1um aerified-3y aerobia-1um aggiornamenti-1o agnomina-3en airier-3y airiest-4y
alewives-3fe alkalified-3y allied-3y allodia-1um alluvia-1um alodia-1um altocumuli-1us altostrati-1us
alumni-1us alveoli-1us amanuenses-2is ambulacra-1um ammonified-3y amnestied-3y amnia-1on amniocenteses-2is
amoebiases-2is amoraim-2 amoretti-1o amorini-1o amphiarthroses-2is amphicia-3thecium amphimixes-2is
amphioxi-1us amplified-3y anabases-2is anacolutha-1on anacruses-2is anaerobia-1um anagnorises-2is
analemmata-2 analyses-2is anamneses-2is anamorphoses-2is anastomoses-2is anatyxes-5ptyxis androclinia-1um
androecia-1um androsphinges-3x andtheridia-9theridium angiomata-2 anglified-3y angrier-3y angriest-4y
animalcula-1um anlagen-1 annattos-6atto annuli-1us antefixa-1 antependia-1um anthelia-1on anthelices-3x
anthemia-1on antheridia-1um anthodia-1um anthozoa-0n anthraces-3x anticlinoria-1um antihelices-3x
antisera-1um antitheses-2is antitragi-1us antra-1um anus-0 aphelia-1on aphides-3s apices-4ex apodoses-2is
apomixes-2is aponeuroses-2is apophyses-2is aposiopeses-2is apothecia-1um apotheoses-2is apparatus-0
appendices-3x applied-3y appoggiature-1a apsides-3s aquaria-1um araglis-5gali arboreta-1um arcana-1um
archegonia-1um archesporia-1um arcked-3 arcking-4 argufied-3y argumenta-1um ariette-1a arisen-1
armamentaria-1um arose-3ise arses-2is artal-5rotl artel-5rotl arterioscleroses-2is artier-3y artiest-4y
aruspices-4ex asceses-2is asci-1us ascidia-1um ascogonia-1um ashier-3y ashiest-4y ashkenazim-1
aspergilla-1um aspergilli-1us aspergilloses-2is aspersoria-1um assaulter-0 assegais-5agai astragali-1us
asyndeta-1on atheromata-2 atheroscleroses-2is atmolyses-2is atria-1um atrophied-3y attacker-0
auditoria-1um aurar-5eyrir aurei-1us auspices-4ex autocatalyses-2is automata-1on avitaminoses-2is
awoke-3ake awoken-4ake babied-3y bacchii-1us bacilli-1us backbit-0e backbitten-3e backslid-0e
backslidden-3e bacteriostases-2is bacula-1um bade-3id baggier-3y baggiest-4y balkier-3y balkiest-4y
balmier-3y balmiest-4y bambini-1o bandeaux-1 bandied-3y bandier-3y bandiest-4y banditti-2 bani-1
bargainer-0 barklice-3ouse barmier-3y barmiest-4y basidia-1um basified-3y basileis-2us bassi-1o bateaux-1
battier-3y battiest-4y baulkier-3y baulkiest-4y bawdier-3y bawdiest-4y beadier-3y beadiest-4y beadsmen-2an
beastlier-3y beastliest-4y beaten-2 beatified-3y beautified-3y beaux-1 became-3ome beefier-3y beefiest-4y
been-2 beerier-3y beeriest-4y beeves-3f befallen-2 befell-3all began-2in begat-2et begirt-1d begot-2et
begotten-5et begun-2in beheld-3old beholden-2 behooves-3f bellied-3y belying-4ie bendier-3y bendiest-4y
benempt-4ame bent-1d berried-3y bersaglieri-1e besought-5eech bespoke-3eak bespoken-4eak best-4good
bestrewn-1 bestrid-0e bestridden-3e bestrode-3ide betaken-1 bethought-5ink betook-3ake better-6good
bhishties-7eesty biassed-3 biassing-4 bicennaries-6tenary bidden-3 bigger-3 biggest-4 bijoux-1
bisectrices-3x bitchier-3y bitchiest-4y bitten-3e bittier-3y bittiest-4y bivouacked-3 bivouacking-4
blackberried-3y blackfeet-3oot blastemata-2 blearier-3y bleariest-4y bled-1ed blest-1s blew-2ow
bloodied-3y bloodier-3y bloodiest-4y bloodthirstier-3y bloodthirstiest-4y blowier-3y blowiest-4y blown-1
blowsier-3y blowsiest-4y blowzier-3y blowziest-4y bluer-1 bluest-2 bodied-3y boleti-1us bolsheviki-1
bonier-3y boniest-4y bonnier-3y bonniest-4y booklice-3ouse bookshelves-3f boozier-3y booziest-4y
boraces-3x borborygmi-1us bordereaux-1 bore-3ear born-3ear borne-4ear boskier-3y boskiest-4y bossier-3y
bossiest-4y botchier-3y botchiest-4y bought-5uy bouncier-3y bounciest-4y bound-4ind brachia-1um
brainchildren-3 brainier-3y brainiest-4y brashier-3y brashiest-4y brassier-3y brassiest-4y brawnier-3y
brawniest-4y breathier-3y breathiest-4y bred-1ed breezier-3y breeziest-4y bregmata-2 brethren-6other
brinier-3y briniest-4y britisher-0 broadcaster-0 broadleaves-3f broke-3eak broken-4eak bronchi-1us
broodier-3y broodiest-4y brought-5ing browbeaten-2 brutified-3y bryozoa-0n bubblier-3y bubbliest-4y
buckteeth-4ooth buggier-3y buggiest-4y built-1d bulkier-3y bulkiest-4y bullied-3y bumpier-3y bumpiest-4y
bunchier-3y bunchiest-4y bureaux-1 buried-3y burlier-3y burliest-4y burnt-1 burrier-3y burriest-4y
bushbok-6oschbok bushboks-7oschbok bushier-3y bushiest-4y busied-3y busier-3y busiest-4y busses-3
bustier-3y bustiest-4y bypast-1s byssi-1us cacti-1us caddied-1 caddies-1 caddying-4ie caducei-1us
caeca-1um cagier-3ey cagiest-4ey calami-1us calathi-1us calcanei-1um calces-3x calcified-3y calculi-1us
caldaria-1um calices-3x calli-1us calves-3f calyces-3x cambia-1um came-3ome canaliculi-1us candelabra-1um
candied-3y cannier-3y canniest-4y canopied-3y canthi-1us cantier-3y cantiest-4y canzoni-1e capita-3ut
capitula-1um capricci-0o carabinieri-1e carcinomata-2 carides-4yatid carnied-3y carnified-3y caroli-1us
carpi-1us carpogonia-1um carried-3y caryopses-2is caryopsides-3s casefied-3y castrati-1o catabases-2is
cataclases-2is catalyses-2is catchier-3y catchiest-4y cathari-1 cathexes-2is cattier-3y cattiest-4y
caudices-4ex caught-4tch caules-2is cavatine-1a cavetti-1o ceca-1um cembali-1o centesimi-1o centra-1um
cephalothoraces-3x cercariiae-3a cerci-1us cerebella-1um cerebra-1um certified-3y cervices-3x
cestuses-7aestus chadarim-6eder challoth-8hallah chalutzim-2 chancier-3y chanciest-4y chapeaux-1
charier-3y chariest-4y chasidim-2 chassidim-2 chateaux-1 chattier-3y chattiest-4y chazanim-2 chedarim-4er
cheekier-3y cheekiest-4y cheerier-3y cheeriest-4y cheesier-3y cheesiest-4y cherubim-2 chestier-3y
chestiest-4y chevied-5ivy chevies-5ivy chevying-6ivy chewier-3y chewiest-4y chiasmata-2 chiasmi-1us
chid-0e chidden-3e children-3 chillier-3y chilliest-4y chintzier-3y chintziest-4y chippier-3y chippiest-4y
chitarroni-1e chivied-3y chivvied-4y chivvies-4y chivvying-5y chlamydes-3s chondrified-3y chondromata-2
choosier-3y choosiest-4y choppier-3y choppiest-4y choragi-1us choriambi-1us chose-2ose chosen-3ose choux-1
chromonemata-2 chrysalides-3s chubbier-3y chubbiest-4y chuffier-3y chuffiest-4y chummier-3y chummiest-4y
chunkier-3y chunkiest-4y churchier-3y churchiest-4y ciboria-1um cicale-1a cicatrices-3x ciceroni-1e
cicisbei-1o cilia-1um cimices-4ex cineraria-1um cingula-1um cirri-1us cirrocumuli-1us cirrostrati-1us
citified-3y clad-2othe clammier-3y clammiest-4y clani-2rino clanos-3rino clarified-3y classier-3y
classiest-4y classified-3y cleanlier-3y cleanliest-4y cleft-2ave clept-1e clerklier-3y clerkliest-4y
clinandria-1um clitella-1um clostridia-1um cloudier-3y cloudiest-4y clove-3eave cloven-4eave
cloverleaves-3f clubbier-3y clubbiest-4y clumsier-3y clumsiest-4y clung-3ing clypei-1us coagula-1um
cocci-1us coccyges-3x cockier-3y cockiest-4y cockneyfied-3y codices-4ex codified-3y coelentera-1on
coenuri-1us cognomina-3en cognosenti-1e cola-1on collegia-1um collied-3y collier-3y colliest-4y
colloquia-1um colluvia-1um collyria-1um colossi-1us columbaria-1um comedones-3 comelier-3y comeliest-4y
comfier-3y comfiest-4y comics-1_strip complied-3y concertanti-1e concerti-1o concertini-1o condottieri-1e
condylomata-2 congii-1us conidia-1um consortia-1um contagia-1um continua-1um contralti-1o conversazioni-1e
convolvuli-1us copied-3y coria-1um cornier-3y corniest-4y cornua-1 corpora-3us corrigenda-1um cortices-4ex
coryphaei-1us cosier-3y cosiest-4y costlier-3y costliest-4y costumer-0 cothurni-1us counterfeiter-0
countersank-3ink countersunk-3ink courtlier-3y courtliest-4y couteaux-1 cozier-3y coziest-4y crabbier-3y
crabbiest-4y craftier-3y craftiest-4y craggier-3y craggiest-4y crania-1um crankier-3y crankiest-4y
crases-2is crawlier-3y crawliest-4y crazier-3y craziest-4y creamier-3y creamiest-4y credenda-1um
creepier-3y creepiest-4y crematoria-1um crept-2ep crescendi-1o cribella-1um cried-3y crises-2is
crispier-3y crispiest-4y crissa-1um criteria-1on crossbred-1ed cruces-3x crucified-3y crumbier-3y
crumbiest-4y crumblier-3y crumbliest-4y crummier-3y crummiest-4y crura-2s crustier-3y crustiest-4y
ctenidia-1um cubicula-1um culices-4ex culti-1us cumuli-1us cumulonimbi-1us cumulostrati-1us curettes-3
curlier-3y curliest-4y curricula-1um curried-3y curst-1e curtsied-3y custodes-3s customer-0 cuter-1
cutes-2is cyclopes-2s cycloses-2is cylices-3x cylikes-3x cymatia-1um cysticerci-1us daffier-3y daffiest-4y
daintier-3y daintiest-4y dallied-3y damnified-3y dandier-3y dandiest-4y dandified-3y data-1um daymio-4imio
daymios-5imio deadlier-3y deadliest-4y dealt-1 debussed-3 debusses-3 debussing-4 decalcified-3y
decemviri-1 decennia-1um declassified-3y decried-3y deeper-2ly defied-3y definienda-1um definientia-3s
degassed-3 degasses-3 degassing-4 dehumidified-3y deified-3y delphinia-1um demulsified-3y demystified-3y
denarii-1us denazified-3y denied-3y denitrified-3y dentalia-1um dermatoses-2is descried-3y deserter-0
desiderata-1um detoxified-3y devitrified-3y dewier-3y dewiest-4y diaereses-2is diaerses-3esis
diagnoses-2is dialled-3 dialling-4 dialyses-2is diaphyses-2is diapophyses-2is diarthroses-2is
diastalses-2is diastases-2is diastemata-2 diathses-3esis dibbukkim-3 dichasia-1um dicier-3ey diciest-4ey
dicta-1um diereses-2is dieses-2is dignified-3y dilettanti-1e diluvia-1um dimmer-3 dimmest-4 dingier-3y
dingiest-4y dinkier-3y dinkiest-4y diplococci-1us dippier-3y dippiest-4y dirtied-3y dirtier-3y dirtiest-4y
disci-1us discoboli-1os disembodied-3y disenthrals-1l dishier-3y dishiest-4y disinterred-3 disinterring-4
disqualified-3y dissatisfied-3y dive-1a diversified-3y diverticula-1um divertimenti-1o divvied-3y
dizzied-3y dizzier-3y dizziest-4y djinn-0i dodgier-3y dodgiest-4y dogmata-2 dogteeth-4ooth dollied-3y
domatia-1um done-2 dopier-3ey dopiest-4ey dormice-3ouse dorsa-1um dottier-3y dottiest-4y doughier-3y
doughiest-4y dought-4w doughtier-3y doughtiest-4y dove-3ive dowdier-3y dowdiest-4y dowier-1 dowiest-2
downier-3y downiest-4y dozier-3y doziest-4y drabber-3 drabbest-4 draftier-3y draftiest-4y draggier-3y
draggiest-4y drank-3ink draughtier-3y draughtiest-4y drawknives-3fe drawn-1 dreamier-3y dreamiest-4y
dreamt-1 drearier-3y dreariest-4y dreggier-3y dreggiest-4y dressier-3y dressiest-4y drew-2aw dried-3y
drier-3y driest-4y drippier-3y drippiest-4y driven-1 drove-3ive drowsier-3y drowsiest-4y drunk-3ink
dryer-2 dryest-3 duelled-3 duelling-4 dulcified-3y dummied-3y dumpier-3y dumpiest-4y dunner-3 dunnest-4
duona-2denum duonas-3denum dupondii-1us duskier-3y duskiest-4y dustier-3y dustiest-4y duumviri-1
dwarves-3f dwelt-1l dybbukkim-3 dying-4ie earlier-3y earliest-4y earthier-3y earthiest-4y earthlier-3y
earthliest-4y easied-3y easier-3y easiest-4y eastsider-0 eaten-2 ecchymoses-2is ecdyses-2is echini-1us
echinococci-1us ectozoa-0n eddied-3y edemata-2 edgier-3y edgiest-4y edified-3y eerier-1 eeriest-2
effluvia-1um eidola-1on eisegeses-2is eisteddfodau-2 electrified-3y elenchi-1us ellipses-2is eluvia-1um
elves-3f elytra-1on embodied-3y emboli-1us embussed-3 embusses-3 embussing-4 emphases-2is emporia-1um
emptied-3y emptier-3y emptiest-4y emulsified-3y enarthroses-2is encephala-1on encephalitides-3s
encephalomata-2 enchiridia-1on enchondromata-2 encomia-1um endocardia-1um endocrania-1um endometria-1um
endostea-1um endostoses-2is endothecia-1um endothelia-1um endotheliomata-2 endozoa-0n enemata-2
enneahedra-1on entases-2is entera-1on entia-3s entozoa-0n envied-3y enwound-4ind epencephala-1on
epentheses-2is epexegeses-2is ephemera-1on ephemerides-3s ephori-1 epicalyces-3x epicanthi-1us
epicardia-1um epicedia-1um epicleses-2is epididymides-3s epigastria-1um epiglottides-3s epimysia-1um
epiphenomena-1on epiphyses-2is episterna-1um epithalamia-1on epithelia-1um epitheliomata-2 epizoa-0n
epyllia-1on equilibria-1um equiseta-1um errata-1um esophagi-1us espied-3y esterified-3y etherified-3y
etyma-1on eucalypti-1us eupatridae-2 euripi-1us exanthemata-2 executrices-3x exegeses-2is exempla-1um
exemplified-3y exordia-1um exostoses-2is extrema-1um eyeteeth-4ooth fabliaux-1 faeroese-0 fallen-2
falsified-3y famuli-1us fancied-3y fancier-3y fanciest-4y fantasied-3y faroese-0 farther-4 fasciculi-1us
fatter-3 fattest-4 fattier-3y fattiest-4y faultier-3y faultiest-4y fedayeen-1 feet-3oot feistier-3y
feistiest-4y fell-3all fellaheen-3 fellahin-2 felt-2el femora-3ur fermate-1a ferried-3y festschriften-2
fezzes-3 fibromata-2 fiddlier-3y fiddliest-4y fideicommissa-1um fieldmice-3ouse fila-1um filariiae-3a
filmier-3y filmiest-4y filthier-3y filthiest-4y finnier-3y finniest-4y fishier-3y fishiest-4y
fishwives-3fe fitter-3 fittest-4 flabbier-3y flabbiest-4y flabella-1um flagella-1um flaggier-3y
flaggiest-4y flagstaves-3ff flakier-3y flakiest-4y flambeaux-1 flamines-4en flashier-3y flashiest-4y
flatfeet-3oot flatter-3 flattest-4 flauntier-3y flauntiest-4y fled-1e fledgier-3y fledgiest-4y fleecier-3y
fleeciest-4y fleshier-3y fleshiest-4y fleshlier-3y fleshliest-4y flew-2y flightier-3y flightiest-4y
flimsier-3y flimsiest-4y flintier-3y flintiest-4y flittermice-3ouse floatier-3y floatiest-4y flocci-1us
flocculi-1us floodlit-1ght floppier-3y floppiest-4y florilegia-1um flossier-3y flossiest-4y flown-3y
fluffier-3y fluffiest-4y flukier-3y flukiest-4y flung-3ing flurried-3y flyblew-2ow flyblown-1 flyleaves-3f
foamier-3y foamiest-4y foci-1us foggier-3y foggiest-4y folia-1um folksier-3y folksiest-4y foolhardier-3y
foolhardiest-4y fora-1um foramina-3en forbad-2id forbade-3id forbidden-3 forbore-3ear forborne-4ear
forceps-0 fordid-2o fordone-2 foredid-2o foredone-2 forefeet-3oot foregone-2 foreigner-0 foreknew-2ow
foreknown-1 foreran-2un foresaw-2ee foreseen-1 foreshown-1 forespoke-3eak forespoken-4eak foreteeth-4ooth
foretold-3ell forewent-4go forgave-3ive forgiven-1 forgone-2 forgot-2et forgotten-5et formicaria-1um
fornices-3x forsaken-1 forsook-3ake forspoke-3eak forspoken-4eak forswore-3ear forsworn-3ear fortes-2is
fortified-3y forwent-4go fought-5ight found-4ind foxier-3y foxiest-4y fractocumuli-1us fractostrati-1us
fraena-1um fratchier-3y fratchiest-4y frauen-2 freakier-3y freakiest-4y freer-1 freest-2 frena-1um
frenchier-3y frenchiest-4y frenchified-3y frenula-1um frenzied-3y fricandeaux-1 fried-3y friendlier-3y
friendliest-4y friskier-3y friskiest-4y frizzier-3y frizziest-4y frizzlier-3y frizzliest-4y frolicked-3
frolicking-4 frontes-3s frostier-3y frostiest-4y frouzier-3y frouziest-4y frowsier-3y frowsiest-4y
frowzier-3y frowziest-4y froze-3eeze frozen-4eeze fructified-3y fruitier-3y fruitiest-4y frusta-1um
fuci-1us fuelled-3 fuelling-4 fulcra-1um fumatoria-1um fundi-1us fungi-1us funiculi-1us funkier-3y
funkiest-4y funnier-3y funniest-4y furcula-1um furrier-3y furriest-4y further-6ar fussier-3y fussiest-4y
fustier-3y fustiest-4y fuzzier-3y fuzziest-4y gabbier-3y gabbiest-4y gainsaid-2y gametangia-1um
gametoecia-1um gamier-3y gamiest-4y gammadia-1on gammier-3y gammiest-4y ganglia-1on gasified-3y gassed-3
gasses-3 gassier-3y gassiest-4y gassing-4 gateaux-1 gaudier-3y gaudiest-4y gauzier-3y gauziest-4y
gave-3ive gawkier-3y gawkiest-4y geese-4oose gelled-3 gelling-4 gelsemia-1um gelt-1d gemboks-4sbok
gembucks-5sbuck gemeinschaften-2 genera-3us generatrices-3x geneses-2is genii-1us gentes-3s genua-1
genus-0 germina-3en gesellschaften-2 gestalten-2 ghastlier-3y ghastliest-4y ghostlier-3y ghostliest-4y
ghostwritten-3e ghostwrote-3ite giddied-3y giddier-3y giddiest-4y gilt-1d ginglymi-1us girt-1d given-1
gladder-3 gladdest-4 gladioli-1us glandes-3s glassier-3y glassiest-4y glibber-3 glibbest-4 gliomata-2
glissandi-1o glochidcia-3ium glochidia-1um glomeruli-1us gloomier-3y gloomiest-4y gloried-3y glorified-3y
glossier-3y glossiest-4y glottides-3s glummer-3 glummest-4 glutaei-1us glutei-1us gnawn-1 gnoses-2is
godchildren-3 godlier-3y godliest-4y goes-2 gollied-3y gomphoses-2is gone-2 gonia-1on gonidia-1um
gonococci-1us goodlier-3y goodliest-4y goodwives-3fe goofier-3y goofiest-4y gooier-3ey gooiest-4ey
goosier-3y goosiest-4y gorgoneia-1on gorier-3y goriest-4y gospopoda-4din gotten-5et goyim-2 gradelier-3y
gradeliest-4y grafen-2 graffiti-1o grainier-3y grainiest-4y grandchildren-3 granulomata-2 grassier-3y
grassiest-4y gratified-3y gravamina-3en graven-1 greasier-3y greasiest-4y greedier-3y greediest-4y
grew-2ow grimmer-3 grimmest-4 gript-1 grislier-3y grisliest-4y grittier-3y grittiest-4y grizzlier-3y
grizzliest-4y groggier-3y groggiest-4y groovier-3y grooviest-4y groszy-1 grottier-3y grottiest-4y
ground-4ind groutier-3y groutiest-4y grown-1 grubbier-3y grubbiest-4y grumpier-3y grumpiest-4y
guarantied-3y guilder-1 guilders-2 guiltier-3y guiltiest-4y gullied-3y gummata-2 gummier-3y gummiest-4y
gurnard-1 gurnards-2 gushier-3y gushiest-4y gustier-3y gustiest-4y gutsier-3y gutsiest-4y gymnasia-1um
gynaecea-1um gynaecia-1um gynecea-2ium gynecia-1um gynoecea-2ium gynoecia-1um gyri-1us hacksawn-1
hadarim-6eder haematolyses-2is haematomata-2 haematozoa-1on haemodialyses-2is haemolyses-2is
haemoptyses-2is haeredes-3s haftaroth-3ah haggadoth-3a hairier-3y hairiest-4y haleru-1 halfpence-2ny
halfways-1 hallot-2ah halloth-3ah halluces-3x halves-3f hammier-3y hammiest-4y hamstrung-3ing hamuli-1us
handfed-1ed handier-3y handiest-4y haphtaroth-3ah happier-3y happiest-4y harder-2 hardest-3 hardier-3y
hardiest-4y haredim-1 harried-3y haruspices-4ex hasidim-2 hassidim-2 hastier-3y hastiest-4y haughtier-3y
haughtiest-4y haustella-1um haustoria-1um hazier-3y haziest-4y hazzanim-2 headier-3y headiest-4y
healthier-3y healthiest-4y heard-1 heartier-3y heartiest-4y heavier-3y heaviest-4y hectocotyli-1us
heftier-3y heftiest-4y held-3old helices-3x heliozoa-0n hematolyses-2is hematomata-2 hematozoa-1on
hemelytra-1on hemielytra-1on hemodialyses-2is hemolyses-2is hemoptyses-2is hendecahedra-1on hepper-3
heppest-4 heraclidae-2 heraklidae-2 herbaria-1um herbier-3y herbiest-4y hermae-2 hermai-1 herren-2
hetairai-1 hewn-1 hibernacula-1um hidden-3e hieracosphinges-3x hila-1um hili-1us himatia-1on hinder-2
hinnied-3y hipper-3 hippest-4 hippier-3y hippiest-4y hippocampi-1us hippopotami-1us hoarier-3y hoariest-4y
hocussed-3 hocussing-4 hogtying-4ie holier-3y holiest-4y homelier-3y homeliest-4y homier-3ey homiest-4ey
homunculi-1us honied-3ey honoraria-1um hooves-3f hornier-3y horniest-4y horologia-1um horrified-3y
horsier-3y horsiest-4y hotter-3 hottest-4 housewives-3fe hove-3eave humeri-1us humidified-3y humpier-3y
humpiest-4y hung-3ang hungrier-3y hungriest-4y hurried-3y huskier-3y huskiest-4y hydrozoa-0n
hymenoptera-0n hynia-3menium hyniums-5menium hypanthia-1um hyperostoses-2is hypertrophied-3y hypnoses-2is
hypochondria-1um hypogastria-1um hypogea-1um hypophyses-2is hypostases-2is hypothalami-1us hypotheses-2is
hyraces-3x iambi-1 ibices-4ex ichthyosauri-1us ichthyosauruses-4 icier-3y iciest-4y icosahedra-1on
ideata-1um identified-3y igorrorote-4te ilia-1um imagines-4o imperia-1um implied-3y inbred-1ed incubi-1us
incudes-3s indemnified-3y indices-4ex indumenta-1um indusia-1um indwelt-1l infundibula-1um inkier-3y
inkiest-4y inlaid-2y inocula-1um insectaria-1um insider-0 intagli-0o intensified-3y interbred-1ed
interlaid-2y interleaves-3f intermarried-3y intermezzi-1o interpled-1ad interreges-3x interregna-1um
interstratified-3y interwove-3eave interwoven-4eave involucella-1um involucra-1um inwove-3eave
inwoven-4eave irides-3s ischia-1um isthmi-1us jackeroos-5aroo jackknives-3fe jaggier-3y jaggiest-4y
jambeaux-1 jammier-3y jammiest-4y jauntier-3y jauntiest-4y jazzier-3y jazziest-4y jellied-3y jellified-3y
jemmied-3y jerkier-3y jerkiest-4y jimmied-3y jinn-0i joes-2 jollied-3y jollier-3y jolliest-4y jollified-3y
juicier-3y juiciest-4y jumpier-3y jumpiest-4y jura-2s justified-3y kaddishim-2 kalmuck-1 kalmucks-2
katabases-2is keeshonden-2 kent-1 kept-2ep kibbutzim-2 kindlier-3y kindliest-4y kinkier-3y kinkiest-4y
knelt-2el knew-2ow knives-3fe knottier-3y knottiest-4y known-1 knurlier-3y knurliest-4y kookier-3y
kookiest-4y kronen-1 kroner-1 kronur-2a krooni-1 kylikes-3x labara-1um labella-1um labia-1um labra-1um
lacier-3y laciest-4y lactobacilli-1us lacunaria-2 laden-1 ladyfied-5ify ladyfies-5ify ladyfying-6ify
laid-2y lain-3ie lairier-3y lairiest-4y lakier-3y lakiest-4y lankier-3y lankiest-4y lapidified-3y
lapilli-1us lapithae-2 larynges-3x lathier-3y lathiest-4y lati-1 latices-4ex latifundia-1um latu-1
lazier-3y laziest-4y leafier-3y leafiest-4y leakier-3y leakiest-4y leant-1 leapt-1 learier-3y leariest-4y
learnt-1 leaves-3f lecythi-1us leerier-3y leeriest-4y left-2ave leges-3x leggier-3y leggiest-4y lemmata-2
lemnisci-1us lenes-2is lengthier-3y lengthiest-4y lent-1d lentigines-4o lepidoptera-0n leprosaria-1um
lepta-1on leptocephali-1us leucocytozoa-0n leva-1 leveler-0 levied-3y libretti-1o lice-3ouse lieder-2
lignified-3y limbi-1us limier-3y limiest-4y limina-3en limites-4es limuli-1us lipomata-2 lippier-3y
lippiest-4y liquefied-3y liquified-3y lire-1a liriodendra-1on lisente-7sente listente-8sente litai-2
litu-1as livelier-3y liveliest-4y lives-3fe lixivia-1um loaves-3f lobbied-3y loci-1us loculi-1us
loftier-3y loftiest-4y loggie-1a logia-1on logier-3y logiest-4y lomenta-1um lonelier-3y loneliest-4y
longobardi-1 loonier-3y looniest-4y loopier-3y loopiest-4y lordlier-3y lordliest-4y lost-1e lousier-3y
lousiest-4y lovelier-3y loveliest-4y lowlander-0 lowlier-3y lowliest-4y lubritoria-1um luckier-3y
luckiest-4y lullabied-3y lumbus-2i lumina-3en lumpier-3y lumpiest-4y lunier-3y luniest-4y lures-2
lustier-3y lustiest-4y lustra-1e lying-4ie lymphangitides-3s lymphomata-2 lymphopoieses-2is lyses-2is
machzorim-2 macronuclei-1us macrosporangia-1um madder-3 maddest-4 made-2ke madornos-5rono maestri-1o
mafiosi-1o magi-1us magmata-2 magnified-3y mahzorim-2 makuta-6likuta maligner-0 mallei-1us malleoli-1us
maloti-6loti maltier-3y maltiest-4y mangier-3y mangiest-4y mankier-3y mankiest-4y manlier-3y manliest-4y
manteaux-1 mantes-2is manubria-1um marchese-1a marchesi-1e maremme-1a mariner-0 markkaa-1 married-3y
marshier-3y marshiest-4y marsupia-1um massier-3y massiest-4y matrices-3x matzoth-2 maungier-3y
maungiest-4y mausolea-1um maxima-1um mazier-3y maziest-4y mealier-3y mealiest-4y meant-1 measlier-3y
measliest-4y meatier-3y meatiest-4y media-1um mediastina-1um megara-1on megasporangia-1um megilloth-3ah
meioses-2is melanomata-2 melismata-2 memoranda-1um menisci-1us menservants-10anservant menstrua-1um
merrier-3y merriest-4y mesdames-7adame mesdemoiselles-13ademoiselle mesentera-1on mesothoraces-3x
messeigneurs-11onseigneur messier-3y messiest-4y messieurs-8onsieur metacarpi-1us metamorphoses-2is
metanephroi-1s metastases-2is metatarsi-1us metatheses-2is metathoraces-3x metazoa-0n metempsychoses-2is
metencephala-1on metrified-3y mezuzoth-3ah miasmata-2 mice-3ouse microanalyses-2is micrococci-1us
micronuclei-1us microsporangia-1um midrashim-2 midwives-3fe miffier-3y miffiest-4y might-4ay mightier-3y
mightiest-4y milia-1um milieux-1 milkier-3y milkiest-4y millennia-1um mimicked-3 mimicking-4 mingier-3y
mingiest-4y minified-3y minima-1um ministeria-1um minyanim-2 mioses-2is miracidia-1um miri-1 mirkier-3y
mirkiest-4y misapplied-3y misbecame-3ome miscarried-3y misdealt-1 misgave-3ive misgiven-1 mishnayoth-4
mislaid-2y misled-1ad mispled-1ad misspelt-1l misspent-1d mistaken-1 mistier-3y mistiest-4y mistook-3ake
misunderstood-3and mitochondria-1on mitzvoth-3ah modeler-0 modified-3y modioli-1us moduli-1us moldier-3y
moldiest-4y mollified-3y molten-5elt momenta-1um momi-1us monochasia-1um monopodia-1um monoptera-1on
monopteroi-1s monsignori-1 moodier-3y moodiest-4y mooncalves-3f moonier-3y mooniest-4y moratoria-1um
morceaux-1 morphallaxes-2is morphoses-2is morses-1 mortified-3y mosasauri-1us moshavim-2 moslim-2em
moslims-3em mothier-3y mothiest-4y mouldier-3y mouldiest-4y mousier-3y mousiest-4y mouthier-3y
mouthiest-4y mown-1 muckier-3y muckiest-4y mucrones-3 muddied-3y muddier-3y muddiest-4y muggier-3y
muggiest-4y multiplexer-0 multiplied-3y mummified-3y murices-4ex murkier-3y murkiest-4y mushier-3y
mushiest-4y muskallunge-7ellunge muskier-3y muskiest-4y mustier-3y mustiest-4y mutinied-3y muzzier-3y
muzziest-4y mycelia-1um mycetomata-2 mycobacteria-1um myelencephala-1on myiases-2is myocardia-1um
myomata-2 myoses-2is mystified-3y mythoi-1s myxomata-2 naevi-1us naoi-1s nappier-3y nappiest-4y
narcissi-1us nares-2is nasopharynges-3x nastier-3y nastiest-4y natatoria-1um nattier-3y nattiest-4y
naughtier-3y naughtiest-4y nauplii-1us nautili-1us necropoleis-3is needier-3y neediest-4y nemeses-2is
nephridia-1um nervier-3y nerviest-4y neurohypophyses-2is neuromata-2 neuroptera-1on neuroses-2is nevi-1us
newsier-3y newsiest-4y nibelungen-2 nidi-1us nidified-3y nielli-1o niftier-3y niftiest-4y nigrified-3y
nimbi-1us nimbostrati-1us nippier-3y nippiest-4y nitrified-3y nittier-3y nittiest-4y nodi-1us noes-2
noisier-3y noisiest-4y nomina-3en nonplussed-3 nonplusses-3 nonplussing-4 northeasterner-0 northerner-0
nosier-3y nosiest-4y nota-1um notified-3y noumena-1on novelle-1a nucelli-1us nuclei-1us nucleoli-1us
nullified-3y numina-3en nuttier-3y nuttiest-4y oases-2is obeli-1us objectified-3y obligati-1o oboli-1us
occipita-3ut occupied-3y oceanaria-1um ocelli-1us ocreae-4hrea octahedra-1on octopi-1us oculi-1us odea-1um
oedemata-8edema oesophagi-9esophagus oilier-3y oiliest-4y oldwives-3fe olea-1um oliver-0 omasa-1um
omenta-1um ommatidia-1um onagri-2er oogonia-1um oozier-3y ooziest-4y opener-0 opercula-1um optima-1um
organa-1on organums-3a orthoptera-1on osar-2 oscula-1um ossa-2 ossified-3y osteomata-2 ostia-1um
ottomans-6hman outbidden-3 outbred-1ed outcried-3y outdid-2o outdone-2 outdrawn-1 outdrew-2aw
outfought-5ight outgassed-3 outgasses-3 outgassing-4 outgone-2 outgrew-2ow outgrown-1 outlaid-2y
outran-2un outridden-3e outrode-3ide outshone-3ine outshot-1ot outsider-0 outsold-3ell outstood-3and
outthought-5ink outwent-4go outwore-3ear outworn-3ear overbidden-3 overblew-2ow overblown-1 overbore-3ear
overborne-4ear overbuilt-1d overcame-3ome overcomer-0 overdid-2o overdone-2 overdrawn-1 overdrew-2aw
overdriven-1 overdrove-3ive overflew-2y overflown-1 overgrew-2ow overgrown-1 overheard-1 overhung-3ang
overlaid-2y overlain-3ie overlay-2ie overlying-4ie overnighter-0 overpaid-2y overpast-1s overran-2un
overridden-3e overrode-3ide oversaw-2ee overseen-1 oversewn-1 overshot-1ot oversimplified-3y overslept-2ep
oversold-3ell overspent-1d overspilt-1l overtaken-1 overthrew-2ow overthrown-1 overtook-3ake
overwound-4ind overwritten-3e overwrote-3ite ovoli-1o ovotestes-2is oxen-2 oxymora-1on pacified-3y paid-2y
paise-1a palingeneses-2is palled-3 pallia-1um pallier-3y palliest-4y palling-4 palmier-3y palmiest-4y
palpi-1us palsied-3y paltrier-3y paltriest-4y pancratia-1um pandied-3y panettoni-1e panicked-3 panicking-4
paparazzi-1o paperknives-3fe papillomata-2 pappi-1us pappier-3y pappiest-4y papyri-1us parabases-2is
paraleipses-2is paralyses-2is paramecia-1um paramenta-1 paraphyses-2is parapodia-1um parapraxes-2is
paraselenae-2e parashoth-3ah parasyntheta-1on parazoa-0n parentheses-2is parerga-1on parhelia-1on
parietes-3s parkier-3y parkiest-4y parodied-3y parried-3y partaken-1 partook-3ake parulides-3s
pasquil-1nade pasquilled-4nade pasquilling-5nade pasquils-2nade pastier-3y pastiest-4y pastorali-1e
patagia-1um patchier-3y patchiest-4y patresfamilias-11erfamilias pawkier-3y pawkiest-4y peachier-3y
peachiest-4y pearlier-3y pearliest-4y pease-2 pectines-4en pedaler-0 pedes-3s pekingese-4ese pelves-2is
pence-2ny penes-2is penetralium-2a penicillia-1um penknives-3fe pennia-1 pent-1 pentahedra-1on
pentimenti-1o pepla-1um peppier-3y peppiest-4y pericardia-1um perichondria-1um pericrania-1um peridia-1um
perigonia-1um perihelia-1on perinea-1um perinephria-1um perionychia-1um periostea-1um periphrases-2is
peristalses-2is perithecia-1um peritonea-1um perkier-3y perkiest-4y personified-3y peskier-3y peskiest-4y
petrified-3y pettier-3y pettiest-4y phalanges-1 phalli-1us phantasied-3y pharynges-3x phenomena-1on
philodendra-1on phlyctenae-4aena phonier-3y phoniest-4y photocopied-3y phyla-1um phylae-2e phyllotaxes-2is
phylogeneses-2is physicked-3 physicking-4 pickier-3y pickiest-4y picnicked-3 picnicking-4 piggier-3y
piggiest-4y pilea-1um pilei-1us pilloried-3y pineta-1um pinier-3y piniest-4y pirogi-1 pitchier-3y
pitchiest-4y pithecanthropi-1us pithier-3y pithiest-4y pithoi-1s pitied-3y planetaria-1um plashier-3y
plashiest-4y plasmodesmata-2 plasmodia-1um plateaux-1 platier-3y platiest-4y plectra-1on pled-1ad
plena-1um pleura-1on plied-3y ploughmen-2an pluckier-3y pluckiest-4y plumier-3y plumiest-4y plummier-3y
plummiest-4y pneumobacilli-1us pneumococci-1us pocketknives-3fe podetia-1um podgier-3y podgiest-4y
podia-1um pokier-3y pokiest-4y poleis-3is polisher-0 pollices-4ex pollinia-1um polychasia-1um
polyhedra-1on polyparia-1um polypi-1us polyzoa-0n polyzoaria-1um pontes-3s pontifices-4ex popes-0
porkier-3y porkiest-4y portamenti-1o portlier-3y portliest-4y portmanteaux-1 postliminia-1um pottier-3y
pottiest-4y praenomina-3en praxes-2is preachier-3y preachiest-4y preachified-3y predelle-1a prenomina-3en
preoccupied-3y prepaid-2y prese-1a presenter-0 presignified-3y pretender-0 prettied-3y prettier-3y
prettiest-4y prettified-3y pricier-3y priciest-4y pricklier-3y prickliest-4y pried-3y priestlier-3y
priestliest-4y primi-1o primmer-3 primmest-4 primordia-1um princelier-3y princeliest-4y principia-1um
prissier-3y prissiest-4y privateer-0 privier-3y priviest-4y proboscides-3s prognoses-2is programmes-3
prolegomena-1on prolepses-2is prologed-2ue prologing-3ue prologs-1ue promycelia-1um pronephra-1os
pronephroi-1s pronuclei-1us prophesied-3y propositi-1us proptoses-2is propyla-1on propylaea-1um
proscenia-1um prosencephala-1on prosier-3y prosiest-4y prostheses-2is prostomia-1um protases-2is
prothalamia-1on prothalli-1us prothallia-1um prothoraces-3x protonemata-2 protozoa-0n proven-1
proventriculi-1us prytanea-1um psalteria-1um pseudopodia-1um psychoneuroses-2is psychoses-2is pterygia-1um
ptoses-2is pubes-2is pudenda-1um pudgier-3y pudgiest-4y puffier-3y puffiest-4y puli-1 pulpier-3y
pulpiest-4y pulvilli-1us pulvini-1us punchier-3y punchiest-4y punier-3y puniest-4y puparia-1um purified-3y
pushier-3y pushiest-4y pussier-3y pussiest-4y putamina-3en putrefied-3y putti-1o puttied-3y pycnidia-1um
pygidia-1um pylori-1us pyxides-3s pyxidia-1um qaddishim-2 quadrennia-1um quaggier-3y quaggiest-4y
quakier-3y quakiest-4y qualia-2e qualified-3y quanta-1um quantified-3y quarried-3y quartersawn-1
quarterstaves-3ff queasier-3y queasiest-4y queenlier-3y queenliest-4y queried-3y quinquennia-1um quizzed-3
quizzes-3 quizzing-4 rachides-7hachis racier-3y raciest-4y radices-3x radii-1us rainier-3y rainiest-4y
rallied-3y ramenta-1um rami-1us ramified-3y randier-3y randiest-4y rang-3ing rangier-3y rangiest-4y
ranunculi-1us raphae-2e raphides-1 rarefied-3y ratified-3y rattier-3y rattiest-4y rattlier-3y rattliest-4y
raunchier-3y raunchiest-4y readier-3y readiest-4y rearmice-3ouse rebuilt-1d reclassified-3y recopied-3y
recorder-0 recta-1um recti-1us rectified-3y rectrices-3x redder-3 reddest-4 redid-2o redone-2 reedier-3y
reediest-4y referenda-1um reft-2ave refugia-1um reguli-1us reheard-1 reified-3y reis-2al relata-1um
relied-3y remade-2ke remarried-3y remiges-4ex rent-1d repaid-2y replevied-3y replied-3y reran-2un
reremice-6armouse resat-2it reseaux-1 resewn-1 residua-1um responsa-1um retailer-0 retaken-1
rethought-5ink retia-2e retiarii-1us reticula-1um retinacula-1um retold-3ell retook-3ake retried-3y
reunified-3y revivified-3y rewound-4ind rewritten-3e rewrote-3ite rhabdomyomata-2 rhachides-3s
rhachises-8achis rhinencephala-1on rhizobia-1um rhombi-1us rhonchi-1us rhyta-1on ricercacari-4re
ricercari-1e ridden-3e rigidified-3y rilievi-1o rimier-3y rimiest-4y risen-1 riskier-3y riskiest-4y
ritzier-3y ritziest-4y riven-1 rockier-3y rockiest-4y rode-3ide roilier-3y roiliest-4y roma-1 rondeaux-1
rookier-3y rookiest-4y roomier-3y roomiest-4y ropier-3y ropiest-4y rosaria-1um rose-3ise rosier-3y
rosiest-4y rostella-1um rostra-1um rouleaux-1 rove-3eeve rowdier-3y rowdiest-4y ruddier-3y ruddiest-4y
rumina-3en rung-3ing runnier-3y runniest-4y rushier-3y rushiest-4y rustier-3y rustiest-4y ruttier-3y
ruttiest-4y saccharified-3y sacra-1um sacraria-1um sadder-3 saddest-4 said-2y salaried-3y
salespeople-4rson salified-3y sallied-3y salpinges-3x saltarelli-1o saltier-3y saltiest-4y sancta-1um
sanctified-3y sandier-3y sandiest-4y sang-3ing sanitaria-1um sank-3ink santimi-1s saponified-3y sappier-3y
sappiest-4y sarcophagi-1us sartorii-1us sassanidae-2 sassier-3y sassiest-4y satisfied-3y saucier-3y
sauciest-4y savvied-3y savvier-3y savviest-4y sawn-1 scabbier-3y scabbiest-4y scaleni-1us scalier-3y
scaliest-4y scantier-3y scantiest-4y scarabaei-1us scarier-3y scariest-4y scarified-3y scarves-3f
schatchonim-4en schemata-2 scherzandi-1o scherzi-1o schmoes-2 scholia-1um schuln-1 schutzstaffeln-1
scirrhi-1us scleromata-2 scleroses-2is sclerotia-1um scoleces-3x scolices-4ex scorified-3y scotomata-2
scraggier-3y scraggiest-4y scragglier-3y scraggliest-4y scrappier-3y scrappiest-4y scrawnier-3y
scrawniest-4y screwier-3y screwiest-4y scried-3y scriptoria-1um scrota-1um scrubbier-3y scrubbiest-4y
scruffier-3y scruffiest-4y scudi-1o scungier-3y scungiest-4y scurried-3y scurvier-3y scurviest-4y
scuta-1um scutella-1um scyphi-1us scyphozoa-0n seamier-3y seamiest-4y seconder-0 secondi-1o seedier-3y
seediest-4y seemlier-3y seemliest-4y seen-1 segni-1o seleucidae-2 selves-3f sensilla-1um sent-1d senti-1
senussis-3i separatrices-3x sephardim-1 septa-1um septaria-1um septennia-1um sequestra-1um sera-1um
seraphim-2 sestertia-1um sewn-1 sexier-3y sexiest-4y sgraffiti-1o shabbasim-2 shabbatim-2 shabbier-3y
shabbiest-4y shadchanim-2 shadchans-8chatchen shadier-3y shadiest-4y shaggier-3y shaggiest-4y shaken-1
shakier-3y shakiest-4y shammosim-4as shapelier-3y shapeliest-4y shat-2it shaven-1 sheaves-3f shellacked-3
shellacking-4 shelves-3f shent-1d shewn-1 shied-3y shier-3y shiest-4y shiftier-3y shiftiest-4y
shillyshallied-3y shimmied-3y shinier-3y shiniest-4y shinleaves-3f shirtier-3y shirtiest-4y shittim-2ah
shmoes-2 shod-1e shoddier-3y shoddiest-4y shofroth-4ar shone-3ine shook-3ake shophroth-4ar shot-1ot
showier-3y showiest-4y shown-1 shrank-3ink shrewmice-3ouse shriven-1 shrove-3ive shrubbier-3y
shrubbiest-4y shrunk-3ink shrunken-5ink shuln-1 shyer-2 shyest-3 sicked-3 sicking-4 sicklier-3y
sickliest-4y siddurim-2 sightlier-3y sightliest-4y sightsaw-2ee sightseen-1 sigloi-1s signaler-0
signified-3y signore-1a signori-3ior signorine-1a silicified-3y silkier-3y silkiest-4y sillier-3y
silliest-4y simplified-3y simulacra-1um sincipita-3ut sinfonie-1a sistra-1um skellied-3y sketchier-3y
sketchiest-4y skimpier-3y skimpiest-4y skinnier-3y skinniest-4y skivvied-3y skydove-3ive slain-2y
slaphappier-3y slaphappiest-4y slatier-3y slatiest-4y sleazier-3y sleaziest-4y sleepier-3y sleepiest-4y
slept-2ep slew-2ay slid-0e slidden-3e slier-3y sliest-4y slimier-3y slimiest-4y slimmer-3 slimmest-4
slimsier-3y slimsiest-4y slinkier-3y slinkiest-4y slippier-3y slippiest-4y sloppier-3y sloppiest-4y
slung-3ing slunk-3ink slyer-2 slyest-3 smalti-1o smarmier-3y smarmiest-4y smellier-3y smelliest-4y
smelt-1l smit-0e smitten-3e smokier-3y smokiest-4y smote-3ite smugger-3 smuggest-4 snaggleteeth-4ooth
snakier-3y snakiest-4y snappier-3y snappiest-4y snatchier-3y snatchiest-4y snazzier-3y snazziest-4y
sniffier-3y sniffiest-4y snootier-3y snootiest-4y snottier-3y snottiest-4y snowier-3y snowiest-4y
snuck-3eak snuffier-3y snuffiest-4y snugger-3 snuggest-4 soapier-3y soapiest-4y socmen-2an soggier-3y
soggiest-4y sola-1um solaria-1um solatia-1um sold-3ell soldi-1o solemnified-3y soles-2 solfeggi-0o soli-1o
solidi-1us solidified-3y somata-2 sonsier-3y sonsiest-4y soothsaid-2y sootier-3y sootiest-4y soppier-3y
soppiest-4y soprani-1o sordini-1o sori-1us soroses-2is sorrier-3y sorriest-4y sought-5eek soupier-3y
soupiest-4y southerner-0 sovkhozy-1 sown-1 spadices-3x spat-2it specified-3y spectra-1um specula-1um
sped-1ed speechified-3y speedier-3y speediest-4y spellbound-4ind spelt-1l spent-1d spermatia-1um
spermatogonia-1um spermatozoa-1on spermogonia-1um sphinges-3x spicier-3y spiciest-4y spicula-1um spied-3y
spiffier-3y spiffiest-4y spikier-3y spikiest-4y spilt-1l spindlier-3y spindliest-4y spinier-3y spiniest-4y
spirilla-1um splashier-3y splashiest-4y splayfeet-3oot splenii-1us spoilt-1 spoke-3eak spoken-4eak
spongier-3y spongiest-4y spookier-3y spookiest-4y spoonier-3y spooniest-4y sporangia-1um sporogonia-1um
sporozoa-0n sportier-3y sportiest-4y spotlit-1ght spottier-3y spottiest-4y sprang-3ing sprier-3y
spriest-4y sprightlier-3y sprightliest-4y springhase-2as springier-3y springiest-4y sprung-3ing spumoni-1e
spun-2in sputa-1um squashier-3y squashiest-4y squatter-3 squattest-4 squattier-3y squattiest-4y
squiffier-3y squiffiest-4y squilgee-5eegee squizzes-3 stadia-1um stagier-3y stagiest-4y stalkier-3y
stalkiest-4y stamina-3en staminodia-1um stank-3ink stapedes-3s staphylococci-1us starchier-3y
starchiest-4y staretsy-1 starrier-3y starriest-4y startsy-3ets statelier-3y stateliest-4y steadied-3y
steadier-3y steadiest-4y stealthier-3y stealthiest-4y steamier-3y steamiest-4y stelae-2e stellified-3y
stemmata-2 stenoses-2is stepchildren-3 sterna-1um stied-3y stigmata-2 stimuli-1us stingier-3y stingiest-4y
stiper-4riper stipites-4es stirpes-2s stoae-1 stockier-3y stockiest-4y stodgier-3y stodgiest-4y stole-3eal
stolen-4eal stomata-2 stomodaea-1um stomodea-1um stonier-3y stoniest-4y stood-3and storied-3y stormier-3y
stormiest-4y stotinki-1a stotkini-4inka stove-3ave strata-1um strati-1us stratified-3y stratocumuli-1us
streakier-3y streakiest-4y streamier-3y streamiest-4y streptococci-1us stretchier-3y stretchiest-4y
stretti-1o strewn-1 striae-1 stridden-3e stringier-3y stringiest-4y stripier-3y stripiest-4y striven-1
strobili-1us strode-3ide stromata-2 stronger-2 strongest-3 stroppier-3y stroppiest-4y strove-3ive strown-1
struck-3ike strung-3ing stuck-3ick studied-3y stuffier-3y stuffiest-4y stultified-3y stumpier-3y
stumpiest-4y stung-3ing stunk-3ink stupefied-3y sturdier-3y sturdiest-4y styli-1us stylopes-2s
stylopodia-1um stymying-4ie subcortices-4ex subdeliria-1um subgenera-3us subindices-4ex subjectified-3y
submariner-0 subphyla-1um substrasta-3tum succedanea-1um succubi-1us sudaria-1um sudatoria-1um sulci-1us
sulkier-3y sulkiest-4y sullied-3y sultrier-3y sultriest-4y sung-3ing sunk-3ink sunken-5ink sunnier-3y
sunniest-4y superstrata-1um supplied-3y surlier-3y surliest-4y swam-2im swankier-3y swankiest-4y
swarthier-3y swarthiest-4y sweatier-3y sweatiest-4y sweetiewives-3fe swept-2ep swollen-5ell swopped-5ap
swopping-6ap swops-3ap swore-3ear sworn-3ear swum-2im swung-3ing syconia-1um syllabi-1us syllabified-3y
syllepses-2is symphyses-2is sympodia-1um symposia-1um synapses-2is synarthroses-2is synclinoria-1um
syncytia-1um syndesmoses-2is synopses-2is syntagmata-2 syntheses-2is syphilomata-2 syringes-3x
syssarcoses-2is tableaux-1 tackier-3y tackiest-4y taken-1 talcked-3 talcking-4 tali-1us talkier-3y
talkiest-4y tallaisim-5ith tallied-3y tallitoth-3h tammied-3y tangier-3y tangiest-4y tanner-3 tannest-4
tapeta-1um tardier-3y tardiest-4y tarried-3y tarsi-1us tarsometatarsi-1us tastier-3y tastiest-4y
tattier-3y tattiest-4y taught-5each tawdrier-3y tawdriest-4y taxa-1on taxis-0 techier-3y techiest-4y
tectrices-3x teenager-0 teenier-3y teeniest-4y teeth-4ooth teetotaler-0 tegmina-3en telangiectases-2ia
telia-1um tempi-1o tenacula-1um tenderfeet-3oot tenues-2is tepefied-3y teraphim-2 terata-2s teredines-4o
terga-1um termini-1us terraria-1um terrified-3y terzetti-1o testes-0 testier-3y testiest-4y testified-3y
testudines-4o tetchier-3y tetchiest-4y tetrahedra-1on tetraskelia-1on thalamencephala-1on thalami-1us
thalli-1us therses-5yrse thesauri-1us theses-2is thickleaves-3f thieves-3f thinner-3 thinnest-4
thirstier-3y thirstiest-4y tholoi-1s thoraces-3x thornier-3y thorniest-4y thought-5ink threadier-3y
threadiest-4y threw-2ow thriftier-3y thriftiest-4y thriven-1 throatier-3y throatiest-4y thrombi-1us
throve-3ive thrown-1 thymi-1us thyrsi-1us tidied-3y tidier-3y tidiest-4y timelier-3y timeliest-4y
tinier-3y tiniest-4y tinnier-3y tinniest-4y tintinnabula-1um tipsier-3y tipsiest-4y titmice-3ouse
toadied-3y told-3ell tomenta-1um tondi-1o tonier-3y toniest-4y tonneaux-1 took-3ake toothier-3y
toothiest-4y tophi-1us topoi-1s tore-3ear tori-1us torn-3ear torrefied-3y torrify-3efy torsi-1o
touchier-3y touchiest-4y trafficked-3 trafficking-4 tragi-1us trameled-4mel trameling-5mel tramelled-5mel
tramelling-6mel tramels-3mel transfixt-1 tranship-3ship transmogrified-3y trapezia-1um trapezohedra-1on
trashier-3y trashiest-4y traumata-2 travestied-3y trendier-3y trendiest-4y treponemata-2 trickier-3y
trickiest-4y tricksier-3y tricksiest-4y triclinia-1um tried-3y triennia-1um triforia-1um trihedra-1on
trimmer-3 trimmest-4 triskelia-1on trisoctahedra-1on triumviri-1 trivia-1um trod-2ead trodden-5ead
tropaeola-1um trousseaux-1 truer-1 truest-2 trustier-3y trustiest-4y trymata-2 tubbier-3y tubbiest-4y
tumefied-3y turfier-3y turfiest-4y turves-3f tweedier-3y tweediest-4y twiggier-3y twiggiest-4y tying-4ie
tympana-1um typewritten-3e typewrote-3ite typified-3y tyros-4iro ubermenschen-2 uglier-3y ugliest-4y
uglified-3y uigurs-3hur ultimata-1um umbilici-1us umbones-3 unbent-1d unbound-4ind unci-1us
uncidia-6redium unclad-2othe underbought-5uy underfed-1ed undergirt-1d undergone-2 underlaid-2y
underlain-3ie underlay-2ie underlying-4ie underpaid-2y undershot-1ot undersold-3ell understood-3and
understudied-3y undertaken-1 undertook-3ake underwent-4go underwritten-3e underwrote-3ite undid-2o
undone-2 unfriendlier-3y unfriendliest-4y unfroze-3eeze unfrozen-4eeze ungainlier-3y ungainliest-4y
ungodlier-3y ungodliest-4y unhappier-3y unhappiest-4y unhealthier-3y unhealthiest-4y unholier-3y
unholiest-4y unified-3y unlaid-2y unlearnt-1 unmade-2ke unrove-3eeve unrulier-3y unruliest-4y unsaid-2y
unslung-3ing unspoke-3eak unspoken-4eak unsteadied-3y unstrung-3ing unstuck-3ick unswore-3ear unsworn-3ear
untaught-5each unthought-5ink untidied-3y untidier-3y untidiest-4y untrod-2ead untrodden-5ead untying-4ie
unwound-4ind upbuilt-1d upheld-3old uphove-3eave uprisen-1 uprose-3ise upsprang-3ing upsprung-3ing
upswept-2ep upswollen-5ell upswung-3ing uredines-4o uredinia-1um uredosori-1us urinalyses-2is uteri-1us
utriculi-1us vacua-1um vagi-1us vaporetti-1o varices-3x varied-3y vasa-1 vascula-1um vastier-3y
vastiest-4y vela-1um velamina-3en velaria-1um ventriculi-1us verbified-3y verified-3y vermes-2is
versified-3y vertices-4ex vertigines-4o vexilla-1um viatica-1um vibracula-1um viewier-3y viewiest-4y
vilified-3y villi-1us vimina-3en vincula-1um vires-3s virtuosi-1o vitelli-1us vitrified-3y vivaria-1um
vivified-3y voces-3x volte-1a vortices-4ex vying-4ie wackier-3y wackiest-4y waddied-3y wahhabis-5abi
wanner-3 wannest-4 warier-3y wariest-4y washier-3y washiest-4y wavier-3y waviest-4y waxier-3y waxiest-4y
waylaid-2y weaklier-3y weakliest-4y wealthier-3y wealthiest-4y wearied-3y wearier-3y weariest-4y
webbier-3y webbiest-4y weedier-3y weediest-4y weenier-3y weeniest-4y weensier-3y weensiest-4y weepier-3y
weepiest-4y weightier-3y weightiest-4y went-4go wept-2ep were-4be werewolves-3f wetter-3 wettest-4
whackier-3y whackiest-4y wharves-3f whimsier-3y whimsiest-4y whinnied-3y whipsawn-1 whizzed-3 whizzes-3
whizzing-4 wholesaler-0 wieldier-3y wieldiest-4y wilier-3y wiliest-4y windier-3y windiest-4y winier-3y
winiest-4y winterfed-1ed winterier-3y winteriest-4y wintrier-3y wintriest-4y wiredrawn-1 wiredrew-2aw
wirier-3y wiriest-4y wispier-3y wispiest-4y withdrawn-1 withdrew-2aw withheld-3old withstood-3and
wittier-3y wittiest-4y wives-3fe woke-3ake woken-4ake wolves-3f wonkier-3y wonkiest-4y woodier-3y
woodiest-4y woodlice-3ouse woodsier-3y woodsiest-4y woollier-3y woolliest-4y woozier-3y wooziest-4y
wordier-3y wordiest-4y wore-3ear worldlier-3y worldliest-4y wormier-3y wormiest-4y worn-3ear worried-3y
worse-5bad worst-5bad worthier-3y worthiest-4y wound-4ind wove-3eave woven-4eave wried-3y wrier-3y
wriest-4y written-3e wrote-3ite wrought-6ork wrung-3ing wryer-2 wryest-3 xiphisterna-1um yarer-1 yarest-2
ycleped-7clepe yclept-6clepe yeastier-3y yeastiest-4y yeshivahs-2 yeshivoth-3a yogin-1 younger-2
youngest-3 yourselves-3f yummier-3y yummiest-4y zanier-3y zaniest-4y zecchini-1o zippier-3y zippiest-4y
zoaeae-1 zoeae-1 zoeas-3aea zoonoses-2is zoosporangia-1um
`;
