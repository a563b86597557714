"""Renovations of municipal buildings, with phases, disruptions and updates.

All dates are relative to the day the seed runs. When the expected end is later
than planned, an update explains why.
"""

from ._text import t

RENOVATIONS = [
    {
        "slug": "renovering-af-pilegaardsskolens-idraetshal",
        "title": "Renovering af Pilegårdsskolens idrætshal",
        "summary": "Hallen får nyt gulv, LED-lys, ny ventilation og bedre adgang for kørestole. Arbejdet tager længere tid end planlagt.",
        "building": "Pilegårdsskolen, idrætshallen",
        "address": "Pilegårdsvej 2, 2665 Vallensbæk Strand",
        "status": "in_progress",
        "planned_start_offset_days": -80,
        "planned_end_offset_days": 40,
        "expected_end_offset_days": 75,
        "description": t(
            """
            Idrætshallen ved Pilegårdsskolen er over 40 år gammel. Gulvet er
            slidt og hårdt for knæ og ryg. Lyset er dårligt, og luften bliver
            hurtigt tung, når hallen er fuld.

            Hallen får nyt sportsgulv, LED-lys og ny ventilation. Vi laver også
            en rampe til tribunen og et nyt handicaptoilet. Så kan alle være
            med, både som spillere og tilskuere.
            """
        ),
        "contact": "ejendomscenter",
        "phases": [
            {
                "name": "Nedrivning af gammelt gulv og loft",
                "start_offset_days": -80,
                "end_offset_days": -45,
                "status": "done",
            },
            {
                "name": "Fjernelse af asbest i loftet",
                "start_offset_days": -44,
                "end_offset_days": -10,
                "status": "done",
            },
            {
                "name": "Ny ventilation og LED-lys",
                "start_offset_days": -12,
                "end_offset_days": 30,
                "status": "in_progress",
            },
            {
                "name": "Nyt sportsgulv, rampe og toilet",
                "start_offset_days": 31,
                "end_offset_days": 70,
                "status": "not_started",
            },
            {
                "name": "Aflevering og rengøring",
                "start_offset_days": 71,
                "end_offset_days": 75,
                "status": "not_started",
            },
        ],
        "disruptions": [
            {
                "kind": "closure",
                "from_offset_days": -80,
                "to_offset_days": 75,
                "affected": "Elever og foreninger, der bruger hallen",
                "description": "Hallen er lukket. Idræt og foreningstræning er flyttet til Idrætscenter Vallensbæk.",
            },
            {
                "kind": "noise",
                "from_offset_days": -5,
                "to_offset_days": 20,
                "affected": "Naboer og klasserne i fløjen ved hallen",
                "description": "Der bliver boret og skåret i dagtimerne mellem kl. 7 og 16. Det larmende arbejde sker så vidt muligt i frikvartererne.",
            },
            {
                "kind": "parking",
                "from_offset_days": -80,
                "to_offset_days": 75,
                "affected": "Forældre og medarbejdere",
                "description": "Halvdelen af parkeringspladsen ved hallen bruges til byggepladsen. Brug pladsen ved Pilegården.",
            },
        ],
        "updates": [
            {
                "date_offset_days": -80,
                "title": "Nu går vi i gang",
                "text": t(
                    """
                    I dag lukker hallen, og håndværkerne går i gang. Først
                    fjerner vi det gamle gulv og loftet.

                    Eleverne har idræt i Idrætscenter Vallensbæk, mens vi
                    arbejder. Der kører en bus fra skolen.
                    """
                ),
                "image": {
                    "label": "Byggestart i hallen",
                    "alt": "Tegning af en idrætshal med en container og en byggeplads foran",
                },
            },
            {
                "date_offset_days": -46,
                "title": "Vi har fundet asbest i loftet",
                "text": t(
                    """
                    Da loftet blev taget ned, fandt vi asbest i nogle af
                    pladerne. Det er ikke farligt, så længe det sidder fast.
                    Men det skal fjernes af et særligt firma.

                    Der har ikke været elever eller foreninger i hallen, mens
                    loftet blev taget ned. Arbejdet med asbesten tager cirka
                    fem uger. Derfor bliver hallen først færdig senere end
                    planlagt.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -9,
                "title": "Asbesten er væk, og ventilationen er på vej",
                "text": t(
                    """
                    Asbesten er nu fjernet, og luften i hallen er målt. Alt er
                    i orden. Nu er vi i gang med den nye ventilation og de nye
                    lamper.

                    Vi forventer, at hallen kan åbne igen cirka fem uger senere
                    end først planlagt. Foreningerne beholder deres tider i
                    idrætscentret indtil da.
                    """
                ),
                "image": {
                    "label": "Ny ventilation i hallen",
                    "alt": "Tegning af store ventilationsrør under et hallloft",
                },
            },
        ],
        "image": {
            "label": "Pilegårdsskolens idrætshal",
            "alt": "Tegning af en idrætshal med stillads og en kran",
        },
    },
    {
        "slug": "ny-boerneafdeling-paa-vallensbaek-bibliotek",
        "title": "Ny børneafdeling på Vallensbæk Bibliotek",
        "summary": "Børneafdelingen bliver bygget om med læsehuler, et rum til højtlæsning og plads til barnevogne. Biblioteket har åbent imens.",
        "building": "Vallensbæk Bibliotek",
        "address": "Vallensbæk Stationstorv 100, 2665 Vallensbæk Strand",
        "status": "in_progress",
        "planned_start_offset_days": -30,
        "planned_end_offset_days": 45,
        "expected_end_offset_days": 45,
        "description": t(
            """
            Børneafdelingen er blevet for lille og lidt slidt. Børn, forældre
            og dagplejere har været med til at bestemme, hvordan den nye
            afdeling skal se ud.

            Der kommer læsehuler, et lille rum til højtlæsning og mere plads
            til barnevogne. Vi får også et puslerum og nye, lave reoler, som
            børnene selv kan nå.
            """
        ),
        "contact": "bibliotek",
        "phases": [
            {
                "name": "Nedtagning af gamle reoler",
                "start_offset_days": -30,
                "end_offset_days": -20,
                "status": "done",
            },
            {
                "name": "Nye vægge, lys og gulv",
                "start_offset_days": -19,
                "end_offset_days": 20,
                "status": "in_progress",
            },
            {
                "name": "Møbler, læsehuler og bøger på plads",
                "start_offset_days": 21,
                "end_offset_days": 45,
                "status": "not_started",
            },
        ],
        "disruptions": [
            {
                "kind": "access",
                "from_offset_days": -30,
                "to_offset_days": 45,
                "affected": "Børn og familier",
                "description": "Børnebøgerne står midlertidigt i salen på første sal. Eventyrstund holdes også i salen.",
            },
            {
                "kind": "noise",
                "from_offset_days": -19,
                "to_offset_days": 10,
                "affected": "Gæster i studiezonen",
                "description": "Der kan være larm fra kl. 8 til 11. Brug gerne studierummet, som ligger længst væk.",
            },
        ],
        "updates": [
            {
                "date_offset_days": -60,
                "title": "Sådan bliver den nye børneafdeling",
                "text": t(
                    """
                    Tak til de over 200 børn og voksne, der har givet deres
                    mening. Mange ønskede sig huler, hvor man kan gemme sig med
                    en bog. Det får de nu.
                    """
                ),
                "image": {
                    "label": "Tegning af børneafdelingen",
                    "alt": "Tegning af et bibliotek for børn med læsehuler og lave reoler",
                },
            },
            {
                "date_offset_days": -30,
                "title": "Børnebøgerne er flyttet op i salen",
                "text": t(
                    """
                    I dag begynder ombygningen. Alle børnebøger står nu i
                    salen på første sal. Der er elevator, og der er plads til
                    barnevogne.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -4,
                "title": "Væggene står, og lyset er sat op",
                "text": t(
                    """
                    Arbejdet følger planen. De nye vægge og lamper er på plads,
                    og gulvet bliver lagt i de kommende uger. Derefter kommer
                    møbler og bøger på plads.
                    """
                ),
                "image": None,
            },
        ],
        "image": {
            "label": "Ny børneafdeling",
            "alt": "Tegning af et bibliotek med farverige reoler og puder på gulvet",
        },
    },
    {
        "slug": "nyt-tag-og-solceller-paa-raadhuset",
        "title": "Nyt tag og solceller på Vallensbæk Rådhus",
        "summary": "Rådhuset har fået nyt tag og cirka 600 solceller. Arbejdet er færdigt, og solcellerne laver strøm til huset.",
        "building": "Vallensbæk Rådhus",
        "address": "Vallensbæk Stationstorv 100, 2665 Vallensbæk Strand",
        "status": "completed",
        "planned_start_offset_days": -260,
        "planned_end_offset_days": -130,
        "expected_end_offset_days": -115,
        "description": t(
            """
            Taget på rådhuset var utæt flere steder. Det skulle skiftes. Vi
            brugte samtidig chancen for at sætte solceller op.

            Solcellerne dækker omkring en fjerdedel af rådhusets forbrug af
            strøm. Det sparer både penge og CO2.
            """
        ),
        "contact": "ejendomscenter",
        "phases": [
            {
                "name": "Stillads og afdækning",
                "start_offset_days": -260,
                "end_offset_days": -245,
                "status": "done",
            },
            {
                "name": "Nyt tag og isolering",
                "start_offset_days": -244,
                "end_offset_days": -160,
                "status": "done",
            },
            {
                "name": "Montering af solceller",
                "start_offset_days": -159,
                "end_offset_days": -125,
                "status": "done",
            },
            {
                "name": "Nedtagning af stillads",
                "start_offset_days": -124,
                "end_offset_days": -115,
                "status": "done",
            },
        ],
        "disruptions": [],
        "updates": [
            {
                "date_offset_days": -260,
                "title": "Stilladset bliver sat op",
                "text": t(
                    """
                    I denne uge bliver der sat stillads op rundt om rådhuset.
                    Indgangen til Borgerservice er åben som normalt. Der er
                    afskærmning over døren.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -150,
                "title": "Regn og blæst forsinker arbejdet",
                "text": t(
                    """
                    Meget regn og blæst har betydet, at håndværkerne ikke har
                    kunnet arbejde på taget i flere uger. Det er ikke sikkert at
                    arbejde deroppe i stærk vind.

                    Vi forventer derfor, at arbejdet bliver færdigt cirka to
                    uger senere end planlagt.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -115,
                "title": "Taget og solcellerne er færdige",
                "text": t(
                    """
                    Nu er arbejdet færdigt, og stilladset er væk. Solcellerne
                    er sluttet til og laver strøm.

                    Tak for tålmodigheden til alle, der har besøgt rådhuset i
                    byggeperioden.
                    """
                ),
                "image": {
                    "label": "Solceller på rådhuset",
                    "alt": "Tegning af et fladt tag med rækker af blå solceller",
                },
            },
        ],
        "image": {
            "label": "Nyt tag på rådhuset",
            "alt": "Tegning af rådhuset med solceller på taget og blå himmel",
        },
    },
    {
        "slug": "ny-skolegaard-paa-egholmskolen",
        "title": "Ny skolegård på Egholmskolen",
        "summary": "Skolegården bliver grønnere med træer, klatrestativ og en kunstgræsbane. Eleverne har selv tegnet forslagene.",
        "building": "Egholmskolen, skolegården",
        "address": "Egholmvej 4, 2625 Vallensbæk",
        "status": "planned",
        "planned_start_offset_days": 60,
        "planned_end_offset_days": 180,
        "expected_end_offset_days": 180,
        "description": t(
            """
            Skolegården på Egholmskolen består mest af asfalt. Der er ikke meget
            skygge, og der er få steder at lege og sidde.

            Den nye skolegård får træer, et stort klatrestativ og en lille
            kunstgræsbane. Asfalten bliver delvist skiftet ud med fliser, der
            lader regnvandet sive ned i jorden.
            """
        ),
        "contact": "ejendomscenter",
        "phases": [
            {
                "name": "Udbud og valg af entreprenør",
                "start_offset_days": 0,
                "end_offset_days": 55,
                "status": "not_started",
            },
            {
                "name": "Opbrydning af asfalt",
                "start_offset_days": 60,
                "end_offset_days": 90,
                "status": "not_started",
            },
            {
                "name": "Anlæg af bane, legeplads og beplantning",
                "start_offset_days": 91,
                "end_offset_days": 180,
                "status": "not_started",
            },
        ],
        "disruptions": [
            {
                "kind": "parking",
                "from_offset_days": 60,
                "to_offset_days": 180,
                "affected": "Forældre, medarbejdere og foreninger",
                "description": "Parkeringspladsen ved gymnastiksalen bliver brugt til byggeplads. Der er parkering ved Egholmvej.",
            },
        ],
        "updates": [
            {
                "date_offset_days": -90,
                "title": "Eleverne har tegnet deres drømmeskolegård",
                "text": t(
                    """
                    Alle klasser har tegnet, hvordan de vil have skolegården.
                    Elevrådet har samlet ønskerne. De fleste ønsker sig træer,
                    steder at sidde og en bane til boldspil.
                    """
                ),
                "image": {
                    "label": "Elevernes tegninger",
                    "alt": "Tegning af en skolegård med træer, bænke og en boldbane",
                },
            },
            {
                "date_offset_days": -27,
                "title": "Kommunalbestyrelsen har sagt ja",
                "text": t(
                    """
                    Kommunalbestyrelsen har godkendt projektet og pengene til
                    det. Nu skal vi finde en entreprenør.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -2,
                "title": "Informationsmøde for forældre og naboer",
                "text": t(
                    """
                    Vi holder et møde på skolen, hvor vi viser tegningerne. Du
                    kan også høre, hvornår der bliver larm og kørsel med
                    lastbiler.
                    """
                ),
                "image": None,
            },
        ],
        "image": {
            "label": "Ny skolegård på Egholmskolen",
            "alt": "Tegning af en grøn skolegård med klatrestativ og træer",
        },
    },
    {
        "slug": "ny-facade-paa-havnehuset",
        "title": "Ny facade og nye vinduer på Havnehuset",
        "summary": "Havnehuset skal have ny facade og nye vinduer, der kan tåle vind og saltvand. Arbejdet er sat på pause, mens vi venter på en tilladelse.",
        "building": "Havnehuset ved Vallensbæk Havn",
        "address": "Havnevej 14, 2665 Vallensbæk Strand",
        "status": "paused",
        "planned_start_offset_days": -40,
        "planned_end_offset_days": 30,
        "expected_end_offset_days": 110,
        "description": t(
            """
            Havnehuset ligger tæt på vandet. Vind og saltvand har slidt hårdt på
            træet og vinduerne. Flere steder trækker det, og der er kommet fugt
            ind.

            Huset får ny facade af hårdt træ og nye vinduer, der isolerer
            bedre. Samtidig bliver terrassen gjort lidt større.
            """
        ),
        "contact": "ejendomscenter",
        "phases": [
            {
                "name": "Nedtagning af gammel facade",
                "start_offset_days": -40,
                "end_offset_days": -25,
                "status": "done",
            },
            {
                "name": "Ny facade og vinduer",
                "start_offset_days": -24,
                "end_offset_days": 90,
                "status": "in_progress",
            },
            {
                "name": "Udvidelse af terrassen",
                "start_offset_days": 91,
                "end_offset_days": 110,
                "status": "not_started",
            },
        ],
        "disruptions": [
            {
                "kind": "access",
                "from_offset_days": -40,
                "to_offset_days": 110,
                "affected": "Gæster og kajakklubben",
                "description": "Indgangen mod havnen er lukket. Brug indgangen fra parkeringspladsen.",
            },
        ],
        "updates": [
            {
                "date_offset_days": -40,
                "title": "Arbejdet med facaden begynder",
                "text": t(
                    """
                    Håndværkerne tager nu den gamle facade ned. Huset er åbent
                    som normalt, men indgangen mod havnen er lukket.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -20,
                "title": "Arbejdet holder pause",
                "text": t(
                    """
                    Den nye terrasse kommer lidt tættere på vandet. Derfor skal
                    den godkendes af Kystdirektoratet, før vi kan bygge videre.
                    Vi havde regnet med svaret tidligere.

                    Indtil vi har svaret, holder håndværkerne pause. Facaden er
                    dækket til, så huset er tæt. Vi forventer, at arbejdet bliver
                    færdigt cirka tre måneder senere end planlagt.
                    """
                ),
                "image": {
                    "label": "Facaden er dækket til",
                    "alt": "Tegning af et træhus ved havnen med presenning over den ene side",
                },
            },
            {
                "date_offset_days": -3,
                "title": "Vi venter stadig på svar",
                "text": t(
                    """
                    Vi har endnu ikke fået svar fra Kystdirektoratet. Vi har
                    sendt de sidste oplysninger, de bad om. Huset kan bruges
                    som normalt imens.
                    """
                ),
                "image": None,
            },
        ],
        "image": {
            "label": "Ny facade på Havnehuset",
            "alt": "Tegning af et træhus ved havnen med et stillads",
        },
    },
    {
        "slug": "ny-ventilation-paa-vallensbaek-skole",
        "title": "Ny ventilation i klasselokalerne på Vallensbæk Skole",
        "summary": "Alle klasselokaler på Vallensbæk Skole får ny ventilation, så luften bliver bedre. Det meste arbejde sker i skoleferierne.",
        "building": "Vallensbæk Skole",
        "address": "Skolevej 10, 2625 Vallensbæk",
        "status": "planned",
        "planned_start_offset_days": 35,
        "planned_end_offset_days": 240,
        "expected_end_offset_days": 240,
        "description": t(
            """
            Målinger viser, at luften i mange klasselokaler er for dårlig sidst
            på dagen. Dårlig luft gør det sværere at koncentrere sig.

            Alle klasselokaler får derfor ny ventilation. Det larmende arbejde
            sker så vidt muligt i ferier og om eftermiddagen.
            """
        ),
        "contact": "ejendomscenter",
        "phases": [
            {
                "name": "Første etape: indskolingen",
                "start_offset_days": 35,
                "end_offset_days": 110,
                "status": "not_started",
            },
            {
                "name": "Anden etape: mellemtrin og udskoling",
                "start_offset_days": 111,
                "end_offset_days": 240,
                "status": "not_started",
            },
        ],
        "disruptions": [],
        "updates": [
            {
                "date_offset_days": -70,
                "title": "Vi har målt luften i klasserne",
                "text": t(
                    """
                    I en måned har vi målt luften i alle klasselokaler. I mange
                    lokaler er der for meget CO2 efter frokost. Det vil vi gøre
                    noget ved.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -35,
                "title": "Pengene er fundet",
                "text": t(
                    """
                    Kommunalbestyrelsen har givet penge til ny ventilation i
                    alle klasselokaler. Arbejdet bliver delt i to etaper.
                    """
                ),
                "image": None,
            },
            {
                "date_offset_days": -8,
                "title": "Foreninger skal bruge andre lokaler i en periode",
                "text": t(
                    """
                    Mens vi arbejder, kan nogle klasselokaler ikke bookes om
                    aftenen. Multisalen kan bruges som normalt. Kultur og
                    Fritid kontakter de foreninger, det drejer sig om.
                    """
                ),
                "image": None,
            },
        ],
        "image": {
            "label": "Ny ventilation på Vallensbæk Skole",
            "alt": "Tegning af en skole med ventilationsrør på taget",
        },
    },
]
