"""Association guides ("foreningsguider"): step-by-step help for associations.

``last_reviewed_offset_days`` is relative to the day the seed runs. Some guides
were last reviewed more than a year ago, so they show up as overdue for review.
"""

from ._text import t

GUIDES = [
    {
        "slug": "start-en-forening",
        "title": "Sådan starter du en forening",
        "summary": "Har du en idé til et nyt fællesskab? Her kan du læse, hvordan du skriver vedtægter, holder stiftende generalforsamling og får et CVR-nummer.",
        "last_reviewed_offset_days": -60,
        "review_interval_months": 12,
        "contact": "frivilligcentret",
        "steps": [
            {
                "title": "Find nogen at starte med",
                "body": t(
                    """
                    En forening er en gruppe mennesker, der vil noget sammen.
                    Find to eller tre andre, der har lyst til at være med fra
                    starten. I skal være mindst tre til en bestyrelse.

                    Tal om, hvad foreningen skal lave, og hvem den er for. Skriv
                    det ned i et par sætninger. Det bliver jeres formål.
                    """
                ),
                "checklist": [
                    "Vi er mindst tre personer.",
                    "Vi har skrevet foreningens formål ned.",
                    "Vi har fundet et navn, som ingen andre forening i kommunen bruger.",
                ],
            },
            {
                "title": "Skriv vedtægter",
                "body": t(
                    """
                    Vedtægterne er foreningens regler. Her står, hvad
                    foreningen hedder, og hvad den vil. Her står også, hvordan
                    I bestemmer ting sammen.

                    Brug gerne Frivilligcentrets skabelon. Så får I alt det med,
                    som kommunen kræver for at godkende foreningen.
                    """
                ),
                "checklist": [
                    "Navn, hjemsted og formål",
                    "Hvem kan blive medlem, og hvad koster det?",
                    "Hvordan vælges bestyrelsen?",
                    "Hvornår holdes generalforsamling?",
                    "Hvem tegner foreningen, og hvordan opløses den?",
                ],
            },
            {
                "title": "Hold stiftende generalforsamling",
                "body": t(
                    """
                    Foreningen bliver stiftet på et møde, hvor I vedtager
                    vedtægterne og vælger en bestyrelse. Mødet kaldes den
                    stiftende generalforsamling.

                    Inviter alle, der kunne have lyst til at være med. Skriv et
                    referat, og lad dirigenten og formanden skrive under.
                    """
                ),
                "checklist": [
                    "Vælg en dirigent og en referent.",
                    "Vedtag vedtægterne.",
                    "Vælg bestyrelse og revisor.",
                    "Fastsæt kontingentet.",
                    "Skriv referat, og få det underskrevet.",
                ],
            },
            {
                "title": "Få et CVR-nummer og en bankkonto",
                "body": t(
                    """
                    Foreningen skal have et CVR-nummer for at kunne få
                    tilskud og åbne en bankkonto. I registrerer foreningen
                    gratis på virk.dk. Formanden skal bruge sit MitID.

                    Når I har CVR-nummeret, kan I åbne en konto i banken. Husk
                    at oprette den som foreningens NemKonto.
                    """
                ),
                "checklist": [
                    "Registrer foreningen på virk.dk.",
                    "Åbn en bankkonto i foreningens navn.",
                    "Opret kontoen som NemKonto.",
                ],
            },
            {
                "title": "Bliv godkendt af kommunen",
                "body": t(
                    """
                    Når foreningen er godkendt, kan I låne kommunens lokaler
                    gratis og søge tilskud. Send vedtægter, referat og CVR-nummer
                    til Kultur og Fritid.

                    Vi svarer normalt inden for tre uger. Ring gerne, hvis I har
                    spørgsmål undervejs.
                    """
                ),
                "checklist": [
                    "Send vedtægterne.",
                    "Send referatet fra den stiftende generalforsamling.",
                    "Send CVR-nummer og navne på bestyrelsen.",
                ],
            },
        ],
    },
    {
        "slug": "book-et-lokale",
        "title": "Sådan booker I et lokale",
        "summary": "Godkendte foreninger kan låne kommunens lokaler gratis. Her kan I se, hvordan I finder et ledigt lokale, booker det og afleverer det igen.",
        "last_reviewed_offset_days": -20,
        "review_interval_months": 12,
        "contact": "kultur-og-fritid",
        "steps": [
            {
                "title": "Find det rigtige lokale",
                "body": t(
                    """
                    Kommunen har lokaler på rådhuset, biblioteket, skolerne, i
                    Pilegården og i Idrætscenter Vallensbæk. Se listen over
                    faciliteter. Her står, hvor mange der kan være i lokalet,
                    og hvad der er af udstyr.
                    """
                ),
                "checklist": [
                    "Hvor mange kommer I?",
                    "Har I brug for køkken, scene eller projektor?",
                    "Er der niveaufri adgang, hvis I har brug for det?",
                ],
            },
            {
                "title": "Book online",
                "body": t(
                    """
                    I booker på booking.vallensbaek.dk. Log ind med foreningens
                    MitID Erhverv eller med jeres foreningslogin. Vælg lokale,
                    dato og tid.

                    Faste ugentlige tider søger I én gang om året. Enkelte
                    arrangementer kan I booke løbende.
                    """
                ),
                "checklist": [
                    "Log ind som forening.",
                    "Vælg lokale, dato og tid.",
                    "Skriv navn og telefonnummer på den ansvarlige.",
                ],
            },
            {
                "title": "Få nøgle eller kode",
                "body": t(
                    """
                    De fleste lokaler har kodelås. Koden kommer i en sms dagen
                    før. Til skolerne skal I hente en nøglebrik hos skolens
                    servicemedarbejder.
                    """
                ),
                "checklist": [
                    "Tjek, at den ansvarlige har fået sms med koden.",
                    "Aftal afhentning af nøglebrik, hvis det er en skole.",
                ],
            },
            {
                "title": "Aflever lokalet pænt",
                "body": t(
                    """
                    Lokalet skal se ud, som da I kom. Sæt borde og stole på
                    plads, tag affaldet med, og sluk lyset. Husk at låse.

                    Er noget gået i stykker, så skriv det i bookingsystemet
                    samme dag. Så kan vi nå at ordne det til den næste.
                    """
                ),
                "checklist": [
                    "Borde og stole er sat på plads.",
                    "Affald er taget med.",
                    "Lys er slukket, og døren er låst.",
                    "Skader er meldt i bookingsystemet.",
                ],
            },
        ],
    },
    {
        "slug": "soeg-tilskud",
        "title": "Sådan søger I tilskud",
        "summary": "Foreninger kan søge tilskud til aktiviteter for børn og unge og til frivilligt socialt arbejde efter § 18. Her kan I se, hvad I kan søge, og hvordan.",
        "last_reviewed_offset_days": -400,
        "review_interval_months": 12,
        "contact": "kultur-og-fritid",
        "steps": [
            {
                "title": "Find den rigtige pulje",
                "body": t(
                    """
                    Kommunen har flere puljer. Aktivitetstilskud er til
                    foreninger med medlemmer under 25 år. Tilskuddet afhænger af,
                    hvor mange unge medlemmer I har.

                    § 18-puljen er til frivilligt socialt arbejde. Det kan være
                    besøgsvenner, lektiecaféer eller fællesskaber for ensomme.
                    Puljen til nye initiativer er til foreninger, der vil prøve
                    noget nyt.
                    """
                ),
                "checklist": [
                    "Aktivitetstilskud: medlemmer under 25 år",
                    "§ 18-puljen: frivilligt socialt arbejde",
                    "Puljen til nye initiativer: nye aktiviteter og forsøg",
                ],
            },
            {
                "title": "Hav styr på papirerne",
                "body": t(
                    """
                    For at få aktivitetstilskud skal foreningen være godkendt af
                    kommunen. Til § 18-puljen kan også grupper uden CVR-nummer
                    søge, hvis de har en fast kontaktperson.
                    """
                ),
                "checklist": [
                    "Vedtægter og seneste regnskab",
                    "Medlemstal fordelt på alder",
                    "CVR-nummer og NemKonto",
                ],
            },
            {
                "title": "Skriv ansøgningen",
                "body": t(
                    """
                    Skriv kort og konkret. Fortæl, hvad I vil lave, hvem det er
                    for, og hvad det koster. Lav et enkelt budget.

                    Frivilligcentret hjælper gerne med at læse ansøgningen
                    igennem, før I sender den.
                    """
                ),
                "checklist": [
                    "Hvad vil I lave?",
                    "Hvem er det for, og hvor mange?",
                    "Hvad koster det, og hvor kommer resten af pengene fra?",
                ],
            },
            {
                "title": "Send ansøgningen, og aflæg regnskab",
                "body": t(
                    """
                    I søger på kommunens hjemmeside. Husk fristen. Når I har
                    brugt pengene, skal I sende et kort regnskab og fortælle,
                    hvordan det gik.
                    """
                ),
                "checklist": [
                    "Send inden fristen.",
                    "Gem kvitteringer.",
                    "Send regnskab og en kort beretning bagefter.",
                ],
            },
        ],
    },
    {
        "slug": "boerneattest",
        "title": "Sådan indhenter I børneattester",
        "summary": "Foreninger skal indhente børneattest, før en træner eller leder får fast kontakt med børn under 15 år. Her kan I se, hvordan I gør.",
        "last_reviewed_offset_days": -200,
        "review_interval_months": 12,
        "contact": "kultur-og-fritid",
        "steps": [
            {
                "title": "Hvem skal have en børneattest?",
                "body": t(
                    """
                    Alle over 15 år, der får direkte kontakt med børn under 15
                    år i foreningen, skal have en børneattest. Det gælder både
                    trænere, ledere og hjælpere. Det gælder også frivillige.

                    Attesten viser, om personen er dømt for seksuelle
                    overgreb mod børn.
                    """
                ),
                "checklist": [
                    "Lav en liste over alle, der har kontakt med børn under 15 år.",
                    "Husk hjælpetrænere og faste chauffører.",
                ],
            },
            {
                "title": "Bestil attesten",
                "body": t(
                    """
                    Foreningen bestiller børneattesten digitalt på virk.dk. Det
                    kræver foreningens CVR-nummer og MitID Erhverv. Personen
                    skal give samtykke med sit eget MitID.

                    Attesten er gratis. Svaret kommer normalt efter få dage.
                    """
                ),
                "checklist": [
                    "Log ind på virk.dk som forening.",
                    "Bestil børneattest og skriv personens CPR-nummer.",
                    "Bed personen give samtykke med MitID.",
                ],
            },
            {
                "title": "Gem svaret sikkert",
                "body": t(
                    """
                    Børneattesten er en fortrolig oplysning. Kun formanden eller
                    den, der har ansvaret, må se den. Gem ikke kopier i mails
                    eller på fælles drev.

                    Skriv ned, hvornår attesten er indhentet. Slet oplysningerne,
                    når personen stopper i foreningen.
                    """
                ),
                "checklist": [
                    "Kun én eller to personer har adgang.",
                    "Dato for attesten er noteret.",
                    "Oplysningerne slettes, når personen stopper.",
                ],
            },
            {
                "title": "Gentag jævnligt",
                "body": t(
                    """
                    Loven kræver ikke, at attesten fornyes. Men det er en god idé
                    at indhente en ny hvert andet eller tredje år. Skriv det
                    ind i foreningens årshjul.
                    """
                ),
                "checklist": [
                    "Fornyelse står i årshjulet.",
                ],
            },
        ],
    },
    {
        "slug": "gdpr-for-foreninger",
        "title": "GDPR for foreninger",
        "summary": "Foreninger har oplysninger om medlemmer og frivillige. Her kan I læse, hvordan I passer på dem og lever op til reglerne om databeskyttelse.",
        "last_reviewed_offset_days": -450,
        "review_interval_months": 12,
        "contact": "frivilligcentret",
        "steps": [
            {
                "title": "Find ud af, hvilke oplysninger I har",
                "body": t(
                    """
                    De fleste foreninger har navne, adresser, mails og
                    telefonnumre på medlemmerne. Nogle har også fødselsdatoer
                    og oplysninger om helbred.

                    Lav en enkel liste over, hvad I har, og hvorfor I har det.
                    """
                ),
                "checklist": [
                    "Hvilke oplysninger har vi?",
                    "Hvor ligger de?",
                    "Hvem har adgang til dem?",
                ],
            },
            {
                "title": "Brug kun det, I har brug for",
                "body": t(
                    """
                    I må kun gemme de oplysninger, I har brug for. Spørg ikke om
                    CPR-nummer, hvis I ikke skal bruge det. Oplysninger om
                    helbred kræver samtykke.
                    """
                ),
                "checklist": [
                    "Vi spørger kun om det, vi har brug for.",
                    "Vi har samtykke til følsomme oplysninger.",
                ],
            },
            {
                "title": "Fortæl medlemmerne, hvad I gør",
                "body": t(
                    """
                    Skriv en kort tekst om, hvordan I bruger oplysningerne. Sæt
                    den på hjemmesiden og i indmeldelsen. Spørg om lov, før I
                    lægger billeder af medlemmer på nettet.
                    """
                ),
                "checklist": [
                    "Vi har en privatlivspolitik.",
                    "Vi spørger, før vi bruger billeder.",
                ],
            },
            {
                "title": "Ryd op",
                "body": t(
                    """
                    Slet oplysninger, når I ikke længere har brug for dem. Når et
                    medlem melder sig ud, skal I slette det meste inden for et
                    år. Regnskabsbilag skal dog gemmes i fem år.
                    """
                ),
                "checklist": [
                    "Vi rydder op i medlemslisten en gang om året.",
                    "Gamle mails med medlemsoplysninger er slettet.",
                ],
            },
        ],
    },
    {
        "slug": "rekrutter-frivillige",
        "title": "Sådan finder I nye frivillige",
        "summary": "Mange foreninger mangler frivillige. Her får I gode råd til at finde nye kræfter og få dem til at blive.",
        "last_reviewed_offset_days": -120,
        "review_interval_months": 12,
        "contact": "frivilligcentret",
        "steps": [
            {
                "title": "Gør opgaven konkret",
                "body": t(
                    """
                    De fleste siger ja til en konkret opgave. Skriv præcis, hvad
                    I har brug for, og hvor lang tid det tager. "Hjælp med kaffe
                    til stævnet i to timer" virker bedre end "Vi mangler
                    frivillige".
                    """
                ),
                "checklist": [
                    "Hvad er opgaven?",
                    "Hvor lang tid tager den?",
                    "Hvem kan man spørge?",
                ],
            },
            {
                "title": "Spørg personligt",
                "body": t(
                    """
                    Den bedste måde at finde frivillige på er at spørge. Mange
                    forældre og tidligere medlemmer vil gerne hjælpe. De er bare
                    aldrig blevet spurgt.
                    """
                ),
                "checklist": [
                    "Spørg forældre ved træningen.",
                    "Spørg tidligere medlemmer.",
                    "Lav et opslag på Frivilligcentrets side.",
                ],
            },
            {
                "title": "Tag godt imod nye",
                "body": t(
                    """
                    Giv nye frivillige en fast person, de kan spørge. Vis dem
                    rundt, og fortæl, hvad der forventes. Husk børneattest, hvis
                    de skal arbejde med børn.
                    """
                ),
                "checklist": [
                    "En fast kontaktperson",
                    "En kort introduktion",
                    "Børneattest, hvis der er børn under 15 år",
                ],
            },
            {
                "title": "Sig tak",
                "body": t(
                    """
                    Frivillige bliver, når de føler sig værdsat. Sig tak, og gør
                    det tit. Hold en fest, giv en lille gave, eller indstil dem
                    til kommunens frivilligpris.
                    """
                ),
                "checklist": [
                    "Vi siger tak efter store opgaver.",
                    "Vi holder en frivilligfest.",
                    "Vi har indstillet nogen til frivilligprisen.",
                ],
            },
        ],
    },
    {
        "slug": "hold-en-generalforsamling",
        "title": "Sådan holder I en god generalforsamling",
        "summary": "Generalforsamlingen er foreningens vigtigste møde. Her kan I se, hvordan I indkalder, holder mødet og skriver referat.",
        "last_reviewed_offset_days": -390,
        "review_interval_months": 12,
        "contact": "frivilligcentret",
        "steps": [
            {
                "title": "Indkald i god tid",
                "body": t(
                    """
                    Læs i vedtægterne, hvor tidligt I skal indkalde. Ofte er det
                    to til fire uger før. Send dagsordenen med, og skriv, hvornår
                    forslag skal være sendt ind.
                    """
                ),
                "checklist": [
                    "Dato, tid og sted",
                    "Dagsorden",
                    "Frist for forslag",
                ],
            },
            {
                "title": "Forbered mødet",
                "body": t(
                    """
                    Find en dirigent, der ikke sidder i bestyrelsen. Gør
                    regnskab og beretning klar. Spørg i god tid, hvem der vil
                    stille op til bestyrelsen.
                    """
                ),
                "checklist": [
                    "Dirigent er fundet.",
                    "Regnskabet er godkendt af revisor.",
                    "Kandidater til bestyrelsen er spurgt.",
                ],
            },
            {
                "title": "Hold mødet",
                "body": t(
                    """
                    Dirigenten styrer mødet og sørger for, at alle kan komme
                    til orde. Hold beretningen kort, og giv plads til spørgsmål.
                    Hav kaffe klar. Det giver en god stemning.
                    """
                ),
                "checklist": [
                    "Valg af dirigent og referent",
                    "Beretning og regnskab",
                    "Forslag og valg",
                    "Eventuelt",
                ],
            },
            {
                "title": "Skriv referat",
                "body": t(
                    """
                    Skriv kort, hvad der blev besluttet, og hvem der blev valgt.
                    Dirigenten skriver under. Send referatet til medlemmerne og
                    til kommunen, hvis jeres bestyrelse er ændret.
                    """
                ),
                "checklist": [
                    "Referatet er underskrevet.",
                    "Medlemmerne har fået referatet.",
                    "Ny bestyrelse er meldt til kommunen og virk.dk.",
                ],
            },
        ],
    },
    {
        "slug": "markedsfoer-jeres-arrangement",
        "title": "Sådan fortæller I om jeres arrangement",
        "summary": "Få flere til at komme. Her kan I læse, hvordan I skriver en god tekst, lægger arrangementet i kommunens kalender og bruger infoskærmene.",
        "last_reviewed_offset_days": -30,
        "review_interval_months": 12,
        "contact": "kommunikation",
        "steps": [
            {
                "title": "Skriv en kort og klar tekst",
                "body": t(
                    """
                    Start med det vigtigste: hvad, hvornår og hvor. Skriv,
                    hvem arrangementet er for, og om det koster noget. Brug
                    korte sætninger og almindelige ord.
                    """
                ),
                "checklist": [
                    "Hvad sker der?",
                    "Hvornår og hvor?",
                    "Hvem er det for?",
                    "Hvad koster det, og skal man tilmelde sig?",
                ],
            },
            {
                "title": "Brug et godt billede",
                "body": t(
                    """
                    Et billede af rigtige mennesker i gang med aktiviteten virker
                    bedst. Spørg altid om lov, før I bruger billeder af andre.
                    Skriv en kort tekst om, hvad billedet viser, til dem, der
                    ikke kan se det.
                    """
                ),
                "checklist": [
                    "Billedet er taget med tilladelse.",
                    "Billedet har en alternativ tekst.",
                ],
            },
            {
                "title": "Læg det i kommunens kalender",
                "body": t(
                    """
                    Som godkendt forening kan I selv lægge aktiviteter ind på
                    kommunens hjemmeside. De kommer også på infoskærmene på
                    biblioteket og rådhuset.
                    """
                ),
                "checklist": [
                    "Aktiviteten er lagt i kalenderen.",
                    "Den er sendt til infoskærmene.",
                ],
            },
            {
                "title": "Del og mind folk om det",
                "body": t(
                    """
                    Del arrangementet på foreningens sociale medier og i
                    lokalavisen. Mind folk om det igen et par dage før. Hæng
                    også en plakat op på biblioteket og i Pilegården.
                    """
                ),
                "checklist": [
                    "Delt på sociale medier",
                    "Sendt til lokalavisen",
                    "Plakat hængt op",
                ],
            },
        ],
    },
]
