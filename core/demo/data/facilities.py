"""Municipal facilities (buildings and rooms) that citizens and associations can use."""

from ._text import t

FACILITIES = [
    {
        "slug": "vallensbaek-raadhus",
        "title": "Vallensbæk Rådhus",
        "summary": "Rådhuset ligger ved Vallensbæk Station. Foreninger kan låne mødelokaler og kantinen, når kommunens medarbejdere har fri.",
        "address": "Vallensbæk Stationstorv 100",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "description": t(
            """
            Rådhuset er kommunens hus. Her ligger Borgerservice og de fleste
            afdelinger. Kommunalbestyrelsen holder også sine møder her.

            Om aftenen og i weekenden kan foreninger låne lokaler i huset. Det
            er gratis for godkendte foreninger i Vallensbæk. Du skal bare
            booke i god tid.

            Der er elevator til alle etager. Du kan parkere på pladsen foran
            stationen. Der er to pladser til bilister med handicap lige ved
            indgangen.
            """
        ),
        "rooms": [
            {
                "name": "Kommunalbestyrelsens mødesal",
                "capacity": 80,
                "equipment": "Projektor, lærred, mikrofoner og højttalere",
                "accessibility": "Niveaufri adgang, teleslynge og handicaptoilet på etagen",
            },
            {
                "name": "Mødelokale 1",
                "capacity": 12,
                "equipment": "Skærm med HDMI, whiteboard og kaffemaskine",
                "accessibility": "Elevator og niveaufri adgang",
            },
            {
                "name": "Kantinen",
                "capacity": 60,
                "equipment": "Borde og stole, køleskab og anretterkøkken",
                "accessibility": "Niveaufri adgang og handicaptoilet",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "17:00",
                "end": "22:00",
                "note": "Huset skal være ryddet kl. 22.",
            },
            {
                "days": "saturday",
                "start": "09:00",
                "end": "16:00",
                "note": "Kun mødelokaler og kantine.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/raadhuset",
        "booking_contact": "kultur-og-fritid",
        "image": {
            "label": "Vallensbæk Rådhus",
            "alt": "Tegning af en lys bygning med mange vinduer ved en stationsplads",
        },
    },
    {
        "slug": "vallensbaek-bibliotek",
        "title": "Vallensbæk Bibliotek",
        "summary": "Biblioteket er et åbent hus for alle. Her kan du låne bøger, få digital hjælp og holde møder i salen eller studierummet.",
        "address": "Vallensbæk Stationstorv 100",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "description": t(
            """
            På biblioteket kan du låne bøger, film, spil og meget mere. Du kan
            også læse avisen, studere eller bare sidde og hygge dig. Der er
            arrangementer for både børn, voksne og seniorer.

            Biblioteket har åbent fra tidlig morgen til sen aften. Når der
            ikke er personale, bruger du dit sundhedskort og din pinkode.

            Foreninger kan låne salen og studierummet. Salen er god til
            foredrag og møder. Makerværkstedet kan bookes til kurser for
            børn og voksne.
            """
        ),
        "rooms": [
            {
                "name": "Salen",
                "capacity": 70,
                "equipment": "Projektor, lydanlæg, scene og 70 stole",
                "accessibility": "Niveaufri adgang, teleslynge og handicaptoilet",
            },
            {
                "name": "Studierummet",
                "capacity": 10,
                "equipment": "Stort bord, skærm og whiteboard",
                "accessibility": "Niveaufri adgang",
            },
            {
                "name": "Makerværkstedet",
                "capacity": 12,
                "equipment": "3D-printere, symaskiner, laserskærer og værktøj",
                "accessibility": "Niveaufri adgang og hæve-sænke-borde",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "16:00",
                "end": "21:30",
                "note": "Salen kan ikke bookes, når biblioteket selv har arrangement.",
            },
            {
                "days": "sunday",
                "start": "10:00",
                "end": "16:00",
                "note": "Kun studierummet.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/biblioteket",
        "booking_contact": "bibliotek",
        "image": {
            "label": "Vallensbæk Bibliotek",
            "alt": "Tegning af et bibliotek med store vinduer og en bænk foran",
        },
    },
    {
        "slug": "idraetscenter-vallensbaek",
        "title": "Idrætscenter Vallensbæk",
        "summary": "Kommunens største idrætsanlæg med hal, spejlsal, kunstgræsbane og cafeteria. Her træner mange af byens foreninger.",
        "address": "Idræts Allé 2",
        "postcode": "2625",
        "city": "Vallensbæk",
        "description": t(
            """
            I Idrætscenter Vallensbæk er der plads til mange slags sport. Der
            er en stor hal, en spejlsal og flere baner udendørs. Om aftenen er
            centret fyldt med børn og voksne fra byens foreninger.

            Hallen bruges også til stævner, koncerter og fester. Cafeteriet
            har åbent, når der er aktiviteter i hallen.

            Lokale foreninger kan søge om faste træningstider én gang om året.
            Ledige tider kan bookes løbende.
            """
        ),
        "rooms": [
            {
                "name": "Store hal",
                "capacity": 400,
                "equipment": "Håndboldmål, badmintonnet, basketkurve, lydanlæg og tribune",
                "accessibility": "Niveaufri adgang, handicaptoilet og pladser til kørestole ved tribunen",
            },
            {
                "name": "Spejlsalen",
                "capacity": 30,
                "equipment": "Spejlvæg, musikanlæg, måtter og balancebolde",
                "accessibility": "Niveaufri adgang",
            },
            {
                "name": "Mødelokalet ved cafeteriet",
                "capacity": 24,
                "equipment": "Skærm, whiteboard og adgang til køkken",
                "accessibility": "Elevator og handicaptoilet",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "16:00",
                "end": "22:00",
                "note": "Faste tider fordeles hvert forår.",
            },
            {
                "days": "weekends",
                "start": "08:00",
                "end": "18:00",
                "note": "Stævner har fortrinsret.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/idraetscenter",
        "booking_contact": "kultur-og-fritid",
        "image": {
            "label": "Idrætscenter Vallensbæk",
            "alt": "Tegning af en stor idrætshal med grønne baner omkring",
        },
    },
    {
        "slug": "pilegaarden",
        "title": "Pilegården",
        "summary": "Pilegården er et aktivitetshus for seniorer og foreninger. Her er café, værksted, køkken og en stor sal.",
        "address": "Pilegårdsvej 8",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "description": t(
            """
            Pilegården er et hus, hvor seniorer og foreninger mødes. I dagtimerne
            er der café, gymnastik, kortspil og kreative hold. Mange af holdene
            bliver drevet af frivillige.

            Om aftenen og i weekenden kan foreninger låne husets lokaler. Salen
            er god til fester og generalforsamlinger. Køkkenet kan bruges til
            fællesspisning.

            Huset ligger tæt på Pileparken. Der er gode stier, så det er let at
            komme hertil til fods, på cykel eller med rollator.
            """
        ),
        "rooms": [
            {
                "name": "Store sal",
                "capacity": 100,
                "equipment": "Scene, lydanlæg, projektor og borde til 100",
                "accessibility": "Niveaufri adgang, teleslynge og handicaptoilet",
            },
            {
                "name": "Værkstedet",
                "capacity": 14,
                "equipment": "Høvlebænke, drejebænk, maleudstyr og brændeovn til keramik",
                "accessibility": "Niveaufri adgang",
            },
            {
                "name": "Køkkenet",
                "capacity": 16,
                "equipment": "Storkøkken med to ovne, opvaskemaskine og service til 100",
                "accessibility": "Niveaufri adgang",
            },
            {
                "name": "Mødelokalet Pilen",
                "capacity": 20,
                "equipment": "Skærm, whiteboard og kaffemaskine",
                "accessibility": "Niveaufri adgang og handicaptoilet",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "16:00",
                "end": "22:00",
                "note": "I dagtimerne bruges huset af seniorholdene.",
            },
            {
                "days": "weekends",
                "start": "09:00",
                "end": "23:00",
                "note": "Salen kan lånes til foreningsfester.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/pilegaarden",
        "booking_contact": "seniorservice",
        "image": {
            "label": "Pilegården",
            "alt": "Tegning af et lavt, rødt hus med have og bænke",
        },
    },
    {
        "slug": "pilegaardsskolen",
        "title": "Pilegårdsskolen",
        "summary": "Efter skoletid kan foreninger låne Pilegårdsskolens aula, musiklokale og skolekøkken. Idrætshallen er lukket under renovering.",
        "address": "Pilegårdsvej 2",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "description": t(
            """
            Pilegårdsskolen er en folkeskole for børn fra 0. til 9. klasse. Når
            eleverne har fri, står mange lokaler tomme. Dem kan foreninger
            låne til læring og fællesskab.

            Musiklokalet har instrumenter og et lille lydanlæg. Skolekøkkenet
            er godt til madhold. Aulaen kan bruges til koncerter og møder.

            Skolens idrætshal er lukket, mens den bliver renoveret. Du kan
            følge arbejdet på siden om renoveringen.
            """
        ),
        "rooms": [
            {
                "name": "Aulaen",
                "capacity": 150,
                "equipment": "Scene, lys, lydanlæg og flygel",
                "accessibility": "Niveaufri adgang og handicaptoilet",
            },
            {
                "name": "Musiklokalet",
                "capacity": 30,
                "equipment": "Klaver, trommesæt, guitarforstærkere og lydanlæg",
                "accessibility": "Adgang med elevator",
            },
            {
                "name": "Skolekøkkenet",
                "capacity": 20,
                "equipment": "Seks køkkenøer, ovne og service",
                "accessibility": "Niveaufri adgang og én køkkenø i lav højde",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "16:30",
                "end": "22:00",
                "note": "Ikke i skolens ferier.",
            },
            {
                "days": "saturday",
                "start": "09:00",
                "end": "17:00",
                "note": "Kun aulaen og skolekøkkenet.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/pilegaardsskolen",
        "booking_contact": "skoleomraadet",
        "image": {
            "label": "Pilegårdsskolen",
            "alt": "Tegning af en skole i gule mursten med en skolegård foran",
        },
    },
    {
        "slug": "egholmskolen",
        "title": "Egholmskolen",
        "summary": "Egholmskolen har gymnastiksal, billedkunstlokale og et lille svømmebassin, som foreninger kan låne efter skoletid.",
        "address": "Egholmvej 4",
        "postcode": "2625",
        "city": "Vallensbæk",
        "description": t(
            """
            Egholmskolen ligger i den nordlige del af kommunen. Skolen har en
            gymnastiksal og et lille svømmebassin. Begge dele er populære hos
            foreningerne.

            Billedkunstlokalet har store borde og gode vaske. Det passer til
            malehold og kreative værksteder.

            Skolegården skal snart laves om. Det kan give lidt støj og færre
            parkeringspladser i en periode.
            """
        ),
        "rooms": [
            {
                "name": "Gymnastiksalen",
                "capacity": 40,
                "equipment": "Ribber, måtter, bomme og musikanlæg",
                "accessibility": "Niveaufri adgang og handicaptoilet i omklædningen",
            },
            {
                "name": "Svømmebassinet",
                "capacity": 25,
                "equipment": "Bassin på 16,67 meter, svømmeplader og livline",
                "accessibility": "Lift til bassinet og handicapomklædning",
            },
            {
                "name": "Billedkunstlokalet",
                "capacity": 24,
                "equipment": "Staffelier, store borde, vaske og tørrestativer",
                "accessibility": "Niveaufri adgang",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "16:00",
                "end": "21:30",
                "note": "Svømmebassinet lukker kl. 21.",
            },
            {
                "days": "sunday",
                "start": "09:00",
                "end": "15:00",
                "note": "Kun gymnastiksalen og svømmebassinet.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/egholmskolen",
        "booking_contact": "skoleomraadet",
        "image": {
            "label": "Egholmskolen",
            "alt": "Tegning af en skole med et lille svømmebassin bag store vinduer",
        },
    },
    {
        "slug": "vallensbaek-skole",
        "title": "Vallensbæk Skole",
        "summary": "Vallensbæk Skole ligger tæt på Vallensbæk Landsby. Foreninger kan låne klasselokaler, naturfagslokale og multisal.",
        "address": "Skolevej 10",
        "postcode": "2625",
        "city": "Vallensbæk",
        "description": t(
            """
            Vallensbæk Skole ligger tæt på den gamle landsby og mosen. Skolen har
            en ny multisal og et godt naturfagslokale.

            Multisalen bruges til dans, yoga og teater. Klasselokalerne er gode
            til lektiecafé, sprogkurser og bestyrelsesmøder.

            Skolen har en stor cykelparkering. Der er kun få pladser til biler,
            så tag gerne cyklen eller bussen.
            """
        ),
        "rooms": [
            {
                "name": "Multisalen",
                "capacity": 60,
                "equipment": "Trægulv, spejle, lydanlæg og lys",
                "accessibility": "Niveaufri adgang og handicaptoilet",
            },
            {
                "name": "Naturfagslokalet",
                "capacity": 28,
                "equipment": "Mikroskoper, vaske og digital tavle",
                "accessibility": "Niveaufri adgang",
            },
            {
                "name": "Klasselokale 1.12",
                "capacity": 28,
                "equipment": "Digital tavle og borde i grupper",
                "accessibility": "Adgang med elevator",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "16:30",
                "end": "21:30",
                "note": "Ikke i skolens ferier.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/vallensbaek-skole",
        "booking_contact": "skoleomraadet",
        "image": {
            "label": "Vallensbæk Skole",
            "alt": "Tegning af en skole med træer og en cykelparkering",
        },
    },
    {
        "slug": "havnehuset",
        "title": "Havnehuset ved Vallensbæk Havn",
        "summary": "Havnehuset har klublokale, omklædning og en stor terrasse ud mod vandet. Her bor kajakklubben, og andre kan låne huset.",
        "address": "Havnevej 14",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "description": t(
            """
            Havnehuset ligger helt ned til Vallensbæk Havn. Huset bruges af
            vandsportsfolk, vinterbadere og foreninger. Her er omklædning, bad
            og et stort klublokale.

            Fra terrassen er der udsigt over havnen og Køge Bugt. Terrassen
            er åben for alle, når huset har åbent.

            Facaden skulle have været renoveret, men arbejdet er sat på pause.
            Huset kan stadig bruges som normalt.
            """
        ),
        "rooms": [
            {
                "name": "Klublokalet",
                "capacity": 40,
                "equipment": "Borde, stole, tekøkken og skærm",
                "accessibility": "Niveaufri adgang og handicaptoilet",
            },
            {
                "name": "Omklædning og bad",
                "capacity": 30,
                "equipment": "Brusere, skabe og sauna",
                "accessibility": "Handicapomklædning med bruser",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "17:00",
                "end": "21:00",
                "note": "Kajakklubben har fortrinsret i sin træningstid.",
            },
            {
                "days": "weekends",
                "start": "10:00",
                "end": "18:00",
                "note": "Terrassen er åben for alle.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/havnehuset",
        "booking_contact": "kultur-og-fritid",
        "image": {
            "label": "Havnehuset ved Vallensbæk Havn",
            "alt": "Tegning af et træhus med terrasse ved en havn med både",
        },
    },
    {
        "slug": "baalhytten-tranegilde-strandpark",
        "title": "Bålhytten i Tranegilde Strandpark",
        "summary": "En åben bålhytte med bænke og bålplads tæt på stranden. Skoler, institutioner og foreninger kan booke den gratis.",
        "address": "Tranegilde Strandpark, ved stien langs stranden",
        "postcode": "2665",
        "city": "Vallensbæk Strand",
        "description": t(
            """
            Bålhytten ligger i Tranegilde Strandpark, få minutter fra vandet.
            Der er bænke til en hel skoleklasse og en stor bålplads.

            Hytten er gratis at bruge. Skoler, børnehaver og foreninger kan
            booke den. Er den ikke booket, må alle bruge den.

            Tag selv brænde med, og husk at slukke bålet helt. Der er
            affaldsspande ved parkeringspladsen.
            """
        ),
        "rooms": [
            {
                "name": "Bålhytten",
                "capacity": 30,
                "equipment": "Bålplads, bænke, grillrist og vandpost i nærheden",
                "accessibility": "Fast grussti fra parkeringspladsen. Ingen toilet i hytten.",
            },
        ],
        "availability": [
            {
                "days": "weekdays",
                "start": "08:00",
                "end": "21:00",
                "note": "Institutioner har fortrinsret frem til kl. 15.",
            },
            {
                "days": "weekends",
                "start": "09:00",
                "end": "21:00",
                "note": "Kan bookes af alle foreninger.",
            },
        ],
        "booking_url": "https://booking.vallensbaek.dk/baalhytten",
        "booking_contact": "teknik-og-miljoe",
        "image": {
            "label": "Bålhytten i Tranegilde Strandpark",
            "alt": "Tegning af en bålhytte i træ ved stranden med havet bagved",
        },
    },
]
