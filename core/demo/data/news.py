"""News articles from the municipality and from associations.

Dates are relative (``date_offset_days``) so the demo always looks current.
Texts avoid months, seasons and weekdays for the same reason.
All names of people are fictional.
"""

from ._text import t

NEWS = [
    {
        "slug": "indstil-en-ildsjael-til-frivilligprisen",
        "title": "Kender du en ildsjæl? Indstil til Vallensbæks frivilligpris",
        "date_offset_days": -2,
        "summary": "Kommunen vil gerne sige tak til de frivillige, der gør en forskel. Nu kan du indstille en ildsjæl til årets frivilligpris. Det tager kun fem minutter.",
        "topics": ["frivillighed", "foreningsliv"],
        "audiences": ["alle"],
        "featured": True,
        "contact": "frivilligcentret",
        "image": {
            "label": "Indstil en ildsjæl",
            "alt": "Tegning af en by ved vandet med teksten Indstil en ildsjæl",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    I Vallensbæk er der mange, der giver en hånd med. De træner
                    børn, kører bus for seniorklubben og rydder op på stranden.
                    De gør det uden løn, fordi de holder af byen.

                    Nu kan du sige tak. Indstil en person eller en gruppe til
                    årets frivilligpris.
                    """
                ),
            ),
            ("heading", "Sådan indstiller du"),
            (
                "paragraph",
                t(
                    """
                    Udfyld den korte formular på kommunens hjemmeside. Skriv,
                    hvem du indstiller, og hvorfor. Du må gerne indstille flere.
                    Et udvalg med borgere og foreninger vælger vinderne.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Om frivilligprisen",
                    "items": [
                        "Der er tre priser: Årets ildsjæl, Årets unge frivillige og Årets forening.",
                        "Hver pris er på 5.000 kr. til et godt formål i foreningen.",
                        "Priserne bliver delt ud ved frivilligfesten på rådhuset.",
                        "Alle, der bliver indstillet, får et skulderklap med posten.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Vi ser hver dag, hvad de frivillige betyder. Prisen er en måde at sige tak på, som alle kan se.",
                    "attribution": "Lene Thorsen, leder af Frivilligcentret Vallensbæk",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Indstil en ildsjæl",
                    "url": "https://vallensbaek.dk/frivilligpris",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "pilegaardsskolens-idraetshal-lukker-for-renovering",
        "title": "Pilegårdsskolens idrætshal får nyt gulv, lys og ventilation",
        "date_offset_days": -95,
        "summary": "Idrætshallen ved Pilegårdsskolen lukker i en periode, mens den bliver renoveret. Skolen og foreningerne flytter træningen til andre haller imens.",
        "topics": ["byggeri-og-renovering", "idraet", "skole"],
        "audiences": ["boern", "familier", "voksne"],
        "featured": False,
        "contact": "ejendomscenter",
        "image": {
            "label": "Idrætshallen renoveres",
            "alt": "Tegning af en idrætshal med byggestillads ved siden af",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Hallen ved Pilegårdsskolen er over 40 år gammel. Gulvet er
                    slidt, lyset er dårligt, og luften bliver hurtigt tung. Nu
                    bliver hallen sat i stand.

                    Hallen er lukket, mens arbejdet står på. Eleverne har
                    idræt i Idrætscenter Vallensbæk imens.
                    """
                ),
            ),
            ("heading", "Hvad betyder det for foreningerne?"),
            (
                "paragraph",
                t(
                    """
                    De foreninger, der plejer at træne i hallen, har fået nye
                    tider andre steder. Kultur og Fritid har skrevet direkte
                    til dem. Har din forening ikke hørt fra os, så kontakt os.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Det bliver lavet",
                    "items": [
                        "Nyt sportsgulv med bedre affjedring",
                        "LED-lys, der bruger mindre strøm",
                        "Ny ventilation med frisk luft",
                        "Bedre adgang for kørestole til tribune og toiletter",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Følg renoveringen",
                    "url": "https://vallensbaek.dk/renovering/pilegaardsskolens-idraetshal",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "foreningsdag-paa-stationstorvet",
        "title": "Mød over 30 foreninger på Foreningsdagen",
        "date_offset_days": -6,
        "summary": "På Foreningsdagen kan du prøve kajak, synge med i kor og møde spejderne. Over 30 foreninger viser, hvad de laver. Det er gratis at komme.",
        "topics": ["foreningsliv", "frivillighed", "kultur", "idraet"],
        "audiences": ["alle"],
        "featured": True,
        "contact": "kultur-og-fritid",
        "image": {
            "label": "Foreningsdag på Stationstorvet",
            "alt": "Tegning af telte og flag på en plads foran en station",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Vil du i gang med noget nyt? Eller leder du efter en
                    fritidsaktivitet til dit barn? Så kom til Foreningsdagen
                    på Vallensbæk Stationstorv.

                    Over 30 foreninger er med. Du kan spørge løs og prøve
                    mange af aktiviteterne. Der er også musik og mad fra
                    lokale boder.
                    """
                ),
            ),
            ("heading", "Foreninger og virksomheder mødes"),
            (
                "paragraph",
                t(
                    """
                    Om eftermiddagen holder vi et netværksmøde for foreninger
                    og lokale virksomheder. Her kan I finde nye samarbejder.
                    Måske har en virksomhed lyst til at sponsere trøjer. Eller
                    en forening kan hjælpe ved en firmadag.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Sidste år fik vi 14 nye medlemmer på en enkelt dag. Flere af dem er nu trænere for de små.",
                    "attribution": "Karina Holm, formand for Vallensbæk Badmintonklub",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Se programmet",
                    "url": "https://vallensbaek.dk/foreningsdag",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "skolernes-lokaler-aabner-for-foreninger",
        "title": "Nu kan foreninger låne flere lokaler på skolerne",
        "date_offset_days": -12,
        "summary": "Skolekøkkener, musiklokaler og værksteder står ofte tomme efter skoletid. Nu kan foreninger booke dem online, præcis som idrætshallerne.",
        "topics": ["skole", "foreningsliv", "frivillighed"],
        "audiences": ["voksne", "unge"],
        "featured": True,
        "contact": "skoleomraadet",
        "image": {
            "label": "Skolens lokaler efter skoletid",
            "alt": "Tegning af en skole om aftenen med lys i vinduerne",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Kommunens skoler har mange gode lokaler. Om eftermiddagen
                    og om aftenen står de ofte tomme. Det vil vi gerne lave
                    om på.

                    Nu kan foreninger booke skolekøkkener, musiklokaler,
                    værksteder og klasselokaler online. Det gælder på alle
                    tre skoler.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Det skal du vide",
                    "items": [
                        "Det er gratis for godkendte foreninger i Vallensbæk.",
                        "Lokalerne kan bookes på hverdage fra kl. 16.30.",
                        "Nogle lokaler kan også bookes om lørdagen.",
                        "Der er en fast kontaktperson på hver skole.",
                    ],
                },
            ),
            ("heading", "Fælles regler for alle"),
            (
                "paragraph",
                t(
                    """
                    Lokalet skal se ud, som da I kom. Husk at låse og slukke
                    lyset. Sker der skader, skal I give besked til skolen
                    samme dag.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Vores madhold for unge fædre har manglet et køkken i to år. Nu laver vi mad på Pilegårdsskolen hver uge.",
                    "attribution": "Omar Haddad, frivillig i Far og Mad",
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Book et lokale",
                    "url": "https://booking.vallensbaek.dk",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "vejarbejde-paa-vallensbaekvej",
        "title": "Vejarbejde på Vallensbækvej giver kø i myldretiden",
        "date_offset_days": -4,
        "summary": "Der bliver lagt ny asfalt og lavet en sikrere cykelsti på Vallensbækvej. Der er kun et spor i hver retning, mens arbejdet står på.",
        "topics": ["trafik"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "teknik-og-miljoe",
        "image": {
            "label": "Vejarbejde på Vallensbækvej",
            "alt": "Tegning af en vej med kegler og en gravemaskine",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Vallensbækvej får ny asfalt. Samtidig bliver cykelstien
                    bredere og hævet over vejen. Det gør det mere sikkert at
                    cykle, især for børn på vej til skole.

                    Mens vi arbejder, er der kun et spor i hver retning. Der
                    kan være kø om morgenen og sidst på eftermiddagen.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Gode råd",
                    "items": [
                        "Kør gerne uden for myldretiden.",
                        "Busserne kører som normalt, men kan være forsinkede.",
                        "Cyklister kan bruge stien gennem Pileparken.",
                        "Der er adgang til alle huse og butikker hele tiden.",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Vi arbejder på en strækning ad gangen. Du kan se på kortet,
                    hvor vi arbejder lige nu.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Se kort over vejarbejdet",
                    "url": "https://vallensbaek.dk/vejarbejde",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "borgermoede-om-vallensbaek-landsby",
        "title": "Kom til borgermøde om fremtiden for Vallensbæk Landsby",
        "date_offset_days": -9,
        "summary": "Kommunen skal lave en ny plan for Vallensbæk Landsby. Hvad skal bevares, og hvad må gerne ændres? Kom og sig din mening på borgermødet.",
        "topics": ["politik-og-demokrati", "byggeri-og-renovering", "kultur"],
        "audiences": ["voksne", "seniorer", "unge"],
        "featured": False,
        "contact": "teknik-og-miljoe",
        "image": {
            "label": "Borgermøde om Vallensbæk Landsby",
            "alt": "Tegning af gamle huse med stråtag omkring en kirke",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Vallensbæk Landsby er kommunens ældste del. Her ligger
                    kirken, gadekæret og gamle gårde. Mange er glade for
                    landsbyens rolige stemning.

                    Kommunen skal lave en ny lokalplan for området. Planen
                    bestemmer, hvad man må bygge, og hvordan det skal se ud.
                    Før vi skriver den, vil vi gerne høre fra dig.
                    """
                ),
            ),
            ("heading", "Sådan foregår mødet"),
            (
                "paragraph",
                t(
                    """
                    Vi starter med en kort gennemgang af planen. Derefter
                    sidder vi ved borde og taler sammen i små grupper.
                    Politikere fra Teknik- og Miljøudvalget er med.

                    Kan du ikke komme? Så kan du skrive dine idéer på
                    kommunens hjemmeside.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Giv din mening online",
                    "url": "https://vallensbaek.dk/hoering/vallensbaek-landsby",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "ny-baalhytte-i-tranegilde-strandpark",
        "title": "Ny bålhytte i Tranegilde Strandpark er klar til brug",
        "date_offset_days": -40,
        "summary": "Den nye bålhytte ved stranden er bygget af lokalt træ. Skoler, foreninger og familier kan bruge den gratis.",
        "topics": ["natur-og-miljoe", "foreningsliv"],
        "audiences": ["familier", "boern", "alle"],
        "featured": False,
        "contact": "teknik-og-miljoe",
        "image": {
            "label": "Ny bålhytte ved stranden",
            "alt": "Tegning af en bålhytte i træ med børn, der sidder om et bål",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Nu står den nye bålhytte klar i Tranegilde Strandpark. Den
                    er bygget af træ fra fældede træer i kommunen. Der er
                    plads til en hel skoleklasse.

                    Spejdergruppen Mosen har været med til at tegne hytten. De
                    har også lavet skiltene om, hvordan man tænder et sikkert
                    bål.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Vi har manglet et sted ved vandet, hvor vi kan lave mad over bål. Nu har vi det, og alle andre kan også bruge det.",
                    "attribution": "Jonas Kjær, leder i Spejdergruppen Mosen",
                },
            ),
            (
                "fact_box",
                {
                    "title": "Brug hytten",
                    "items": [
                        "Hytten er gratis.",
                        "Institutioner og foreninger kan booke den.",
                        "Tag selv brænde med.",
                        "Sluk bålet helt med vand, før du går.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Book bålhytten",
                    "url": "https://booking.vallensbaek.dk/baalhytten",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "aabent-bibliotek-laengere-tid",
        "title": "Biblioteket har nu åbent fra kl. 7 til 22 hver dag",
        "date_offset_days": -18,
        "summary": "Med dit sundhedskort og en pinkode kan du bruge biblioteket fra kl. 7 til 22. Også når der ikke er personale.",
        "topics": ["bibliotek", "kultur"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "bibliotek",
        "image": {
            "label": "Åbent bibliotek fra 7 til 22",
            "alt": "Tegning af et bibliotek om aftenen med lys bag vinduerne",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Nu kan du bruge Vallensbæk Bibliotek i mange flere timer.
                    Biblioteket er åbent fra kl. 7 til 22 alle ugens dage.

                    I nogle af timerne er der ikke personale. Så bruger du dit
                    sundhedskort og en pinkode ved døren. Du kan låne og
                    aflevere i automaterne.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Sådan får du adgang",
                    "items": [
                        "Du skal være fyldt 15 år.",
                        "Lav en pinkode ved skranken eller på bibliotekets hjemmeside.",
                        "Børn under 15 år må komme med en voksen.",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Der er kameraer ved indgangen. Det er for at passe på huset
                    og på dig.
                    """
                ),
            ),
        ],
        "association": None,
    },
    {
        "slug": "gratis-motion-for-seniorer-i-pileparken",
        "title": "Gratis udendørs motion for seniorer i Pileparken",
        "date_offset_days": -25,
        "summary": "Hver uge kan seniorer træne gratis i Pileparken sammen med en instruktør. Træningen er let og passer til alle.",
        "topics": ["seniorer", "sundhed", "idraet"],
        "audiences": ["seniorer"],
        "featured": False,
        "contact": "seniorservice",
        "image": {
            "label": "Motion i Pileparken",
            "alt": "Tegning af en park med træer, stier og en gruppe ældre, der træner",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Det er sundt at bevæge sig, og det er sjovere sammen med
                    andre. Derfor er der nu gratis motion for seniorer i
                    Pileparken en gang om ugen.

                    En instruktør viser øvelser for balance, styrke og
                    smidighed. Du bestemmer selv, hvor meget du vil tage i.
                    Du kan også træne med rollator.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Jeg kom for at få rørt mig. Nu kommer jeg lige så meget for kaffen og snakken bagefter.",
                    "attribution": "Inge Mortensen, 78 år",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Du skal ikke melde dig til. Mød op ved bænkene ved
                    frugtlunden. Regner det meget, flytter vi ind i
                    Pilegården.
                    """
                ),
            ),
        ],
        "association": None,
    },
    {
        "slug": "ferieaktiviteter-for-boern-og-unge",
        "title": "Tilmeldingen til ferieaktiviteter for børn og unge er åben",
        "date_offset_days": -14,
        "summary": "I næste skoleferie kan børn og unge prøve kajak, lave film, bygge robotter og meget mere. Mange aktiviteter er gratis.",
        "topics": ["boern-og-unge", "kultur", "idraet"],
        "audiences": ["boern", "unge", "familier"],
        "featured": False,
        "contact": "kultur-og-fritid",
        "image": {
            "label": "Ferieaktiviteter for børn og unge",
            "alt": "Tegning af børn i kajakker i en havn med solen over vandet",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Kommunen og foreningerne har lavet et stort program til
                    næste skoleferie. Der er over 40 aktiviteter for børn og
                    unge fra 6 til 17 år.

                    Du kan prøve kajak i havnen, lave film på biblioteket og
                    gå på opdagelse i Vallensbæk Mose. Der er også dage med
                    fodbold, dans og rollespil.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Godt at vide",
                    "items": [
                        "De fleste aktiviteter er gratis.",
                        "Nogle aktiviteter har få pladser. Tilmeld dig i god tid.",
                        "Skriv til os, hvis dit barn har brug for ekstra støtte.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Se alle ferieaktiviteter",
                    "url": "https://vallensbaek.dk/ferieaktiviteter",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "soeg-penge-fra-puljen-til-frivilligt-socialt-arbejde",
        "title": "Søg penge til frivilligt socialt arbejde",
        "date_offset_days": -30,
        "summary": "Foreninger og grupper, der laver frivilligt socialt arbejde, kan søge støtte fra kommunens §18-pulje. Fristen er om fem uger.",
        "topics": ["frivillighed", "foreningsliv"],
        "audiences": ["voksne"],
        "featured": False,
        "contact": "frivilligcentret",
        "image": {
            "label": "Søg støtte fra §18-puljen",
            "alt": "Tegning af hænder, der holder om et lille hus",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Laver din forening noget for mennesker, der har det svært?
                    Så kan I søge penge fra kommunens pulje til frivilligt
                    socialt arbejde. Puljen kaldes også §18-puljen.

                    I kan søge til drift eller til et nyt projekt. Det kan
                    være en besøgstjeneste, en lektiecafé eller et
                    fællesskab for ensomme.
                    """
                ),
            ),
            ("heading", "Få hjælp til ansøgningen"),
            (
                "paragraph",
                t(
                    """
                    Frivilligcentret holder åben rådgivning om ansøgningen. Tag
                    jeres idé med, så hjælper vi med at skrive den.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Læs guiden om tilskud",
                    "url": "https://vallensbaek.dk/foreningsguide/soeg-tilskud",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "kursus-i-foerstehjaelp-og-hjertestarter",
        "title": "Lær at redde liv: gratis kursus i førstehjælp",
        "date_offset_days": -33,
        "summary": "Kommunen tilbyder gratis kurser i hjerte-lunge-redning og brug af hjertestarter. Kurserne er for alle over 14 år.",
        "topics": ["sundhed"],
        "audiences": ["voksne", "unge", "seniorer"],
        "featured": False,
        "contact": "borgerservice",
        "image": {
            "label": "Lær at bruge en hjertestarter",
            "alt": "Tegning af en grøn hjertestarter på en husmur",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Når et hjerte stopper, tæller hvert minut. Jo flere der
                    kan give hjertemassage, jo flere overlever.

                    Derfor holder vi gratis kurser i førstehjælp. På tre timer
                    lærer du at give hjertemassage og bruge en hjertestarter.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Hjertestartere i Vallensbæk",
                    "items": [
                        "Der hænger over 40 hjertestartere i kommunen.",
                        "Du kan se dem alle på hjertestarter.dk.",
                        "Ring altid 1-1-2 først.",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Tilmeld dig et kursus",
                    "url": "https://vallensbaek.dk/foerstehjaelp",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "ungeraadet-soeger-nye-medlemmer",
        "title": "Ungerådet søger nye medlemmer",
        "date_offset_days": -48,
        "summary": "Er du mellem 13 og 21 år og har du holdninger til Vallensbæk? Så stil op til Ungerådet og vær med til at bestemme.",
        "topics": ["politik-og-demokrati", "boern-og-unge"],
        "audiences": ["unge"],
        "featured": False,
        "contact": "kommunikation",
        "image": {
            "label": "Stil op til Ungerådet",
            "alt": "Tegning af unge ved et bord med mikrofoner i en mødesal",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Ungerådet giver unge en stemme i kommunen. Rådet mødes en
                    gang om måneden på rådhuset. Politikerne spørger rådet til
                    råds, når de skal beslutte noget, der handler om unge.

                    I år har Ungerådet blandt andet fået flere bænke og lys
                    ved skaterbanen.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Det er fedt at se, at politikerne faktisk lytter. Vores forslag om bedre lys blev til noget.",
                    "attribution": "Sara Ali, 17 år, medlem af Ungerådet",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Alle unge mellem 13 og 21 år, der bor eller går i skole i
                    Vallensbæk, kan stille op. Der er valg på skolerne og
                    online.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Stil op til Ungerådet",
                    "url": "https://vallensbaek.dk/ungeraadet",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "tidsbestilling-i-borgerservice",
        "title": "Husk at bestille tid i Borgerservice",
        "date_offset_days": -55,
        "summary": "Skal du have nyt pas eller kørekort, skal du bestille tid først. Så slipper du for at vente. Mange ting kan du også klare online.",
        "topics": ["borgerservice"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "borgerservice",
        "image": {
            "label": "Bestil tid i Borgerservice",
            "alt": "Tegning af en skranke med en kalender på væggen",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    I Borgerservice skal du nu bestille tid, før du kommer. Det
                    gælder pas, kørekort og hjælp til MitID. Så har vi god tid
                    til dig, og du skal ikke stå i kø.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Det kan du klare online",
                    "items": [
                        "Flytte og skifte læge på borger.dk",
                        "Bestille nyt sundhedskort",
                        "Søge om pension og boligstøtte",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Har du svært ved at bruge en computer? Så hjælper vi dig
                    gerne. Du kan også få hjælp af IT-hjælperne på biblioteket.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Bestil tid",
                    "url": "https://vallensbaek.dk/borgerservice/bestil-tid",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "koeer-plejer-naturen-i-vallensbaek-mose",
        "title": "Køer skal pleje naturen i Vallensbæk Mose",
        "date_offset_days": -60,
        "summary": "En flok køer skal græsse på engene i Vallensbæk Mose. De holder krat og høje planter nede, så flere blomster og fugle kan trives.",
        "topics": ["natur-og-miljoe", "klima"],
        "audiences": ["alle", "familier"],
        "featured": False,
        "contact": "teknik-og-miljoe",
        "image": {
            "label": "Køer i Vallensbæk Mose",
            "alt": "Tegning af køer på en eng med siv og en sø i baggrunden",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Engene i Vallensbæk Mose er ved at gro til. Når pil og
                    tagrør tager over, forsvinder de små blomster. Så får
                    insekter og fugle det sværere.

                    Derfor sætter kommunen køer ud på engene. Køerne spiser
                    de høje planter og træder stier i jorden.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Når du går tur ved køerne",
                    "items": [
                        "Hold hunden i snor.",
                        "Gå roligt og hold afstand til køerne.",
                        "Giv ikke køerne mad.",
                        "Luk altid lågerne efter dig.",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Køer er de bedste naturplejere. De arbejder gratis og gør det langt bedre end en maskine.",
                    "attribution": "Peter Lund, biolog i Teknik og Miljø",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "ny-cykelsti-langs-mosen",
        "title": "Ny cykelsti forbinder Vallensbæk Landsby og stationen",
        "date_offset_days": -75,
        "summary": "Den nye cykelsti langs Vallensbæk Mose gør det lettere og mere sikkert at cykle mellem landsbyen og Vallensbæk Station.",
        "topics": ["trafik", "natur-og-miljoe", "klima"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "teknik-og-miljoe",
        "image": {
            "label": "Ny cykelsti langs mosen",
            "alt": "Tegning af en cykelsti mellem træer og en sø",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Nu er den nye cykelsti færdig. Den går fra Vallensbæk
                    Landsby, langs mosen og hen til Vallensbæk Station.
                    Stien er 2,5 kilometer lang.

                    Mange børn cykler her på vej til skole. Derfor er stien
                    bred, og der er lys hele vejen.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Fakta om stien",
                    "items": [
                        "2,5 kilometer lang og 3 meter bred",
                        "Lys hele vejen, som tænder, når du kommer",
                        "Tre bænke med udsigt over mosen",
                        "Cykelparkering med tag ved stationen",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Stien er også god til gåture. Husk at holde til højre, så
                    der er plads til alle.
                    """
                ),
            ),
        ],
        "association": None,
    },
    {
        "slug": "digital-hjaelp-paa-biblioteket",
        "title": "Få hjælp til MitID, e-Boks og din mobil på biblioteket",
        "date_offset_days": -21,
        "summary": "Biblioteket og IT-hjælperne holder åben digital hjælp hver uge. Du kan få hjælp til MitID, e-Boks, apps og svindel på nettet.",
        "topics": ["bibliotek", "seniorer", "borgerservice"],
        "audiences": ["seniorer", "voksne"],
        "featured": False,
        "contact": "bibliotek",
        "image": {
            "label": "Digital hjælp på biblioteket",
            "alt": "Tegning af to personer ved et bord med en tablet og en kop kaffe",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Meget skal klares digitalt i dag. Det kan være svært, og
                    det er helt i orden at bede om hjælp.

                    Hver uge kan du få hjælp på biblioteket. Frivillige
                    IT-hjælpere og bibliotekets personale sidder klar. Tag din
                    mobil, tablet eller computer med.
                    """
                ),
            ),
            ("heading", "Pas på svindel"),
            (
                "paragraph",
                t(
                    """
                    Svindlere ringer eller skriver og lader som om, de er fra
                    banken eller politiet. Giv aldrig din MitID-kode til
                    andre. Er du i tvivl, så læg på og ring selv til banken.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Se tider for digital hjælp",
                    "url": "https://vallensbaek.dk/bibliotek/digital-hjaelp",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "raadhusets-nye-tag-er-faerdigt",
        "title": "Rådhusets nye tag og solceller er færdige",
        "date_offset_days": -110,
        "summary": "Rådhuset har fået nyt tag med solceller. Solcellerne dækker omkring en fjerdedel af husets forbrug af strøm.",
        "topics": ["byggeri-og-renovering", "klima"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "ejendomscenter",
        "image": {
            "label": "Solceller på rådhusets tag",
            "alt": "Tegning af et fladt tag dækket af blå solceller",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Taget på Vallensbæk Rådhus var utæt og skulle skiftes. Nu
                    er arbejdet færdigt. Samtidig har taget fået solceller.

                    Solcellerne laver strøm til lys, computere og ventilation.
                    Det sparer både penge og CO2.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Tal om solcellerne",
                    "items": [
                        "Omkring 600 paneler",
                        "Dækker cirka 25 procent af rådhusets forbrug",
                        "Sparer omkring 40 ton CO2 om året",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Tak til alle for tålmodigheden i byggeperioden. Vi ved, at
                    stilladser og larm har været en gene.
                    """
                ),
            ),
        ],
        "association": None,
    },
    {
        "slug": "regnvandsbassin-ved-vallensbaek-mose",
        "title": "Nyt regnvandsbassin skal beskytte huse mod oversvømmelse",
        "date_offset_days": -85,
        "summary": "Ved Vallensbæk Mose bliver der gravet et stort bassin til regnvand. Det skal tage imod vandet, når det regner meget.",
        "topics": ["klima", "natur-og-miljoe", "byggeri-og-renovering"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "teknik-og-miljoe",
        "image": {
            "label": "Nyt regnvandsbassin",
            "alt": "Tegning af en sø med siv omgivet af stier og træer",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Det regner oftere og mere end før. Når kloakken ikke kan
                    følge med, kan vandet løbe ind i kældre og haver.

                    Derfor laver kommunen og forsyningen et nyt bassin ved
                    mosen. Det kan rumme vand fra et meget stort skybrud.
                    Resten af tiden ligner det en sø med siv og fugle.
                    """
                ),
            ),
            (
                "paragraph",
                t(
                    """
                    Der er lastbiler på vejen ved mosen, mens der bliver
                    gravet. Stien rundt om mosen er åben, men den går en lille
                    omvej.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Læs mere om klimatilpasning",
                    "url": "https://vallensbaek.dk/klima",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "gratis-balancetest-for-seniorer",
        "title": "Test din balance: gratis faldtest for seniorer",
        "date_offset_days": -3,
        "summary": "Mange fald kan undgås med lidt træning. Er du over 65 år, kan du få testet din balance gratis i Pilegården og få gode råd med hjem.",
        "topics": ["sundhed", "seniorer"],
        "audiences": ["seniorer"],
        "featured": False,
        "contact": "seniorservice",
        "image": {
            "label": "Gratis balancetest",
            "alt": "Tegning af et rødt hus med en bænk og en lille have",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Et fald kan få store følger, når man bliver ældre. Men
                    mange fald kan undgås. God balance og stærke ben gør en
                    stor forskel.

                    Nu kan du få testet din balance gratis. En fysioterapeut
                    laver nogle enkle test med dig. Det tager en halv time.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Testen er for dig, der",
                    "items": [
                        "er 65 år eller ældre",
                        "er faldet inden for det seneste år",
                        "er blevet bange for at falde",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Efter testen får du et program med øvelser, du kan lave
                    derhjemme. Du kan også få hjælp til at finde et hold med
                    balancetræning.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Bestil tid til en balancetest",
                    "url": "https://vallensbaek.dk/balancetest",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "egholmskolens-skolegaard-skal-fornyes",
        "title": "Elever har tegnet den nye skolegård på Egholmskolen",
        "date_offset_days": -27,
        "summary": "Egholmskolen får en ny skolegård med klatrestativ, boldbane og mere grønt. Eleverne har selv været med til at tegne den.",
        "topics": ["skole", "byggeri-og-renovering", "boern-og-unge"],
        "audiences": ["boern", "familier"],
        "featured": False,
        "contact": "ejendomscenter",
        "image": {
            "label": "Ny skolegård på Egholmskolen",
            "alt": "Tegning af en skolegård med klatrestativ, træer og en boldbane",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Skolegården på Egholmskolen er mest asfalt. Nu skal den
                    laves om. Der kommer mere grønt, et klatrestativ og en
                    boldbane med kunstgræs.

                    Eleverne har været med hele vejen. Elevrådet har lavet en
                    undersøgelse, og alle klasser har tegnet deres drømme.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Vi ville have steder, hvor man kan sidde og snakke. Og træer, så der er skygge. Det kommer der nu.",
                    "attribution": "Emil, 6.b, formand for elevrådet",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Arbejdet begynder om nogle måneder. Du kan følge planerne
                    på siden om projektet.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Se planerne for skolegården",
                    "url": "https://vallensbaek.dk/renovering/egholmskolens-skolegaard",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "skulderklap-til-strandrydderne",
        "title": "Skulderklap til strandrydderne i Tranegilde",
        "date_offset_days": -38,
        "summary": "En gruppe naboer har samlet affald på stranden hver uge i fem år. Nu får de kommunens skulderklap.",
        "topics": ["frivillighed", "natur-og-miljoe"],
        "audiences": ["alle"],
        "featured": False,
        "contact": "frivilligcentret",
        "image": {
            "label": "Skulderklap til strandrydderne",
            "alt": "Tegning af en strand med sække med affald og folk med gribetænger",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Hver uge går en gruppe naboer langs stranden ved
                    Tranegilde Strandpark. De har sække og gribetænger med. På
                    fem år har de samlet flere tons affald.

                    Gruppen startede med tre personer. I dag er de over 20.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Vi gør det, fordi vi holder af stranden. Men det er da dejligt at få et skulderklap.",
                    "attribution": "Birthe Nygaard, en af strandrydderne",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Kommunen giver hver måned et skulderklap til en ildsjæl
                    eller en gruppe. Du kan selv foreslå, hvem der skal have
                    det næste.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Foreslå et skulderklap",
                    "url": "https://vallensbaek.dk/skulderklap",
                },
            ),
        ],
        "association": None,
    },
    {
        "slug": "badmintonklubben-starter-hold-for-voksne-begyndere",
        "title": "Badmintonklubben starter hold for voksne begyndere",
        "date_offset_days": -7,
        "summary": "Har du aldrig spillet badminton, eller er det mange år siden? Så er vores nye begynderhold for voksne noget for dig.",
        "topics": ["idraet", "foreningsliv"],
        "audiences": ["voksne", "seniorer"],
        "featured": False,
        "contact": None,
        "image": {
            "label": "Badminton for voksne begyndere",
            "alt": "Tegning af en idrætshal med et badmintonnet og to spillere",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Mange forældre sidder og ser på, mens børnene træner. Flere
                    har spurgt, om de også kan spille. Nu starter vi et hold
                    for voksne begyndere.

                    Holdet træner en gang om ugen i Idrætscenter Vallensbæk.
                    En af vores erfarne trænere lærer jer slagene fra
                    bunden. Der er god tid til at grine og lære hinanden at
                    kende.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Om holdet",
                    "items": [
                        "For voksne i alle aldre",
                        "Du kan låne ketsjer",
                        "De første to gange er gratis",
                        "Maks. 24 spillere på holdet",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Tilmeld dig holdet",
                    "url": "https://www.vallensbaek-badminton.dk/begyndere",
                },
            ),
        ],
        "association": "vallensbaek-badmintonklub",
    },
    {
        "slug": "spejderne-har-faaet-nye-kanoer",
        "title": "Spejderne har fået nye kanoer",
        "date_offset_days": -44,
        "summary": "Med støtte fra kommunens aktivitetstilskud har Spejdergruppen Mosen købt fire kanoer. Nu kan flere spejdere komme på vandet.",
        "topics": ["boern-og-unge", "foreningsliv", "natur-og-miljoe"],
        "audiences": ["boern", "unge", "familier"],
        "featured": False,
        "contact": None,
        "image": {
            "label": "Nye kanoer til spejderne",
            "alt": "Tegning af fire røde kanoer på en strand ved vandet",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    I mange år har vi lånt kanoer, når vi skulle på tur. Nu har
                    vi vores egne. Vi har købt fire kanoer og redningsveste
                    til 16 spejdere.

                    Pengene kommer fra kommunens aktivitetstilskud og fra en
                    lokal virksomhed. Spejderne har også selv samlet penge ind
                    ved at sælge kager på Foreningsdagen.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Det bedste var at se de små spejdere padle ud for første gang. De var så stolte.",
                    "attribution": "Mette Kjær, gruppeleder",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Vil dit barn prøve at være spejder? Så kom forbi en af
                    vores møder. Vi har plads på de fleste grupper.
                    """
                ),
            ),
        ],
        "association": "spejdergruppen-mosen",
    },
    {
        "slug": "kunstforeningen-aabner-udstilling-med-lokale-kunstnere",
        "title": "Ny udstilling: Lokale kunstnere viser Vallensbæk",
        "date_offset_days": -10,
        "summary": "Otte kunstnere fra Vallensbæk viser malerier, fotos og keramik om byen. Udstillingen hænger på biblioteket, og der er gratis adgang.",
        "topics": ["kultur", "bibliotek", "foreningsliv"],
        "audiences": ["alle"],
        "featured": False,
        "contact": None,
        "image": {
            "label": "Udstilling: Lokale kunstnere",
            "alt": "Tegning af malerier på en hvid væg i et bibliotek",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Hvordan ser Vallensbæk ud gennem en kunstners øjne? Det
                    kan du opleve i vores nye udstilling på biblioteket.

                    Otte lokale kunstnere viser malerier, fotos og keramik.
                    Motiverne er havnen, mosen, landsbyen og livet på
                    Stationstorvet.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Jeg har malet mosen i alle årstider. Den er aldrig den samme to dage i træk.",
                    "attribution": "Hanne Brix, kunstner og medlem af foreningen",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Kom til fernisering med musik og et glas saft. Kunstnerne
                    er til stede og fortæller om deres værker.
                    """
                ),
            ),
        ],
        "association": "vallensbaek-kunstforening",
    },
    {
        "slug": "besoegsvennerne-soeger-flere-frivillige",
        "title": "Besøgsvennerne mangler frivillige",
        "date_offset_days": -16,
        "summary": "Tolv ældre i Vallensbæk venter på en besøgsven. Har du et par timer om ugen, kan du gøre en stor forskel for et andet menneske.",
        "topics": ["frivillighed", "seniorer"],
        "audiences": ["voksne", "seniorer", "unge"],
        "featured": False,
        "contact": None,
        "image": {
            "label": "Bliv besøgsven",
            "alt": "Tegning af to kopper kaffe på et bord ved et vindue",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Mange ældre sidder alene det meste af ugen. Et besøg kan
                    gøre en stor forskel. Lige nu venter tolv ældre i
                    Vallensbæk på en besøgsven.

                    Som besøgsven kommer du hos den samme person hver uge. I
                    finder selv ud af, hvad I vil lave sammen.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Jeg troede, jeg skulle hjælpe. Men jeg har fået en ven, som jeg glæder mig til at se hver uge.",
                    "attribution": "Ali Rahimi, besøgsven i tre år",
                },
            ),
            (
                "fact_box",
                {
                    "title": "Det får du",
                    "items": [
                        "Et gratis kursus for nye besøgsvenner",
                        "En fast kontaktperson i foreningen",
                        "Møder med andre besøgsvenner et par gange om året",
                    ],
                },
            ),
            (
                "call_to_action",
                {
                    "text": "Bliv besøgsven",
                    "url": "https://www.vallensbaekfrivillig.dk/besoegsvenner",
                },
            ),
        ],
        "association": "besoegsvennerne-vallensbaek",
    },
    {
        "slug": "bog-om-vallensbaek-landsby",
        "title": "Lokalhistorisk Forening udgiver bog om Vallensbæk Landsby",
        "date_offset_days": -66,
        "summary": "I en ny bog fortæller borgere om livet i Vallensbæk Landsby gennem 100 år. Bogen har over 200 gamle fotos.",
        "topics": ["kultur", "foreningsliv"],
        "audiences": ["alle", "seniorer"],
        "featured": False,
        "contact": None,
        "image": {
            "label": "Ny bog om Vallensbæk Landsby",
            "alt": "Tegning af en gammel gård med en hestevogn foran",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    I tre år har vi samlet fortællinger og fotos fra
                    Vallensbæk Landsby. Nu er de blevet til en bog.

                    Bogen handler om gårdene, smeden og skolen. Den handler
                    også om, hvordan marker blev til nye boligområder.
                    Over 30 borgere fortæller med deres egne ord.
                    """
                ),
            ),
            (
                "quote",
                {
                    "quote": "Jeg gik i skole i landsbyen, da der kun var én lærer. Det er rart, at nogen skriver det ned.",
                    "attribution": "Kaj Sørensen, 91 år",
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Du kan købe bogen på biblioteket og låne den gratis. Alle
                    medlemmer får et eksemplar.
                    """
                ),
            ),
        ],
        "association": "vallensbaek-lokalhistoriske-forening",
    },
    {
        "slug": "repair-cafe-har-reddet-1000-ting",
        "title": "Repair Café har reddet 1.000 ting fra skraldespanden",
        "date_offset_days": -50,
        "summary": "Frivillige i Repair Café Vallensbæk har nu repareret over 1.000 ting. Det er godt for både pengepungen og klimaet.",
        "topics": ["klima", "frivillighed", "natur-og-miljoe"],
        "audiences": ["alle"],
        "featured": False,
        "contact": None,
        "image": {
            "label": "1.000 ting repareret",
            "alt": "Tegning af et værksted med værktøj, en lampe og en cykel",
        },
        "body": [
            (
                "paragraph",
                t(
                    """
                    Nummer 1.000 var en brødrister. Den var gået i stykker
                    efter 20 år. Efter en halv time virkede den igen.

                    Siden vi startede, har vores frivillige repareret lamper,
                    cykler, bukser og legetøj. Alt det er ikke endt som
                    affald.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Det reparerer vi oftest",
                    "items": [
                        "Lamper og små elapparater",
                        "Tøj og tasker",
                        "Cykler",
                        "Legetøj",
                    ],
                },
            ),
            (
                "paragraph",
                t(
                    """
                    Vi mangler folk, der kan sy eller reparere elektronik. Kom
                    forbi og se, hvordan vi arbejder.
                    """
                ),
            ),
        ],
        "association": "repair-cafe-vallensbaek",
    },
]
