"""Standard pages, the home page, info-screen slides and the site alert."""

from ._text import t

STANDARD_PAGES = [
    {
        "slug": "om-vallensbaek-kommune",
        "title": "Om Vallensbæk Kommune",
        "summary": "Vallensbæk er en lille kommune med strand, mose og et rigt foreningsliv. Her kan du læse om byen, politikerne og vores måde at arbejde på.",
        "body": [
            (
                "paragraph",
                t(
                    """
                    Vallensbæk Kommune ligger ved Køge Bugt, sydvest for
                    København. Her bor godt 16.000 mennesker. Kommunen består
                    af Vallensbæk Strand mod syd og den gamle Vallensbæk Landsby
                    mod nord.

                    Vi har både strand, havn og mose. Vallensbæk Station ligger
                    midt i byen, så der er kort vej til København.
                    """
                ),
            ),
            ("heading", "Et rigt foreningsliv"),
            (
                "paragraph",
                t(
                    """
                    I Vallensbæk er der mange foreninger. Mange borgere er
                    frivillige og ildsjæle. De træner børn, hjælper ældre og
                    passer på naturen.

                    Kommunen vil gerne gøre det let at være aktiv. Derfor har vi
                    foreningsguider, lokaler man kan låne, og en platform, hvor
                    foreningerne selv kan fortælle om deres aktiviteter.
                    """
                ),
            ),
            ("heading", "Politik og demokrati"),
            (
                "paragraph",
                t(
                    """
                    Kommunalbestyrelsen bliver valgt af borgerne hvert fjerde
                    år. Møderne er åbne for alle, og du
                    kan også følge dem på video.

                    Vi vil gerne have dialog med alle borgere, uanset alder og
                    baggrund. Kom til borgermøder, giv din mening i høringer,
                    eller skriv til os.
                    """
                ),
            ),
            ("heading", "Sådan kommunikerer vi"),
            (
                "paragraph",
                t(
                    """
                    Vi fortæller om aktiviteter, tilbud og renoveringer af
                    kommunens bygninger. Vi skriver så klart og enkelt, som vi
                    kan. Forstår du ikke noget, så spørg os endelig.
                    """
                ),
            ),
        ],
    },
    {
        "slug": "tilgaengelighedserklaering",
        "title": "Tilgængelighedserklæring",
        "summary": "Vallensbæk Kommune vil gerne have en hjemmeside, som alle kan bruge. Her kan du læse, hvad der virker, hvad der ikke gør, og hvordan du klager.",
        "body": [
            (
                "paragraph",
                t(
                    """
                    Vi vil gerne have en hjemmeside, som alle kan bruge. Også
                    hvis du ser dårligt, ikke kan bruge en mus eller har svært
                    ved at læse. Det er også et krav i loven. Loven hedder
                    webtilgængelighedsloven.

                    Erklæringen gælder for vallensbaek.dk.
                    """
                ),
            ),
            ("heading", "Overholdelse"),
            (
                "paragraph",
                t(
                    """
                    Hjemmesiden overholder delvist kravene i standarden WCAG 2.1
                    på niveau AA. Det betyder, at det meste af indholdet kan
                    bruges af alle. Nogle dele lever dog endnu ikke op til
                    kravene. De står nedenfor.
                    """
                ),
            ),
            ("heading", "Det, der ikke er tilgængeligt"),
            (
                "fact_box",
                {
                    "title": "Kendte problemer",
                    "items": [
                        "Nogle ældre PDF-dokumenter kan ikke læses af skærmlæsere. Vi laver dem om, når de bliver opdateret.",
                        "Nogle videoer fra kommunalbestyrelsens møder har ikke undertekster.",
                        "Kortet over vejarbejder kan ikke bruges med tastatur. Oplysningerne står også som liste under kortet.",
                        "Nogle billeder fra foreningerne mangler en god alternativ tekst.",
                    ],
                },
            ),
            ("heading", "Sådan har vi vurderet hjemmesiden"),
            (
                "paragraph",
                t(
                    """
                    Vi har selv testet hjemmesiden med skærmlæser, tastatur og
                    forstørrelse. Vi bruger også automatiske test. Erklæringen
                    bliver opdateret mindst en gang om året.
                    """
                ),
            ),
            ("heading", "Feedback og kontakt"),
            (
                "paragraph",
                t(
                    """
                    Har du problemer med at bruge hjemmesiden, så skriv til
                    kommunikation@vallensbaek.dk eller ring på 43 97 10 12. Vi
                    svarer inden for ti arbejdsdage. Har du brug for en
                    oplysning i en anden form, så hjælper vi dig.
                    """
                ),
            ),
            ("heading", "Klage"),
            (
                "paragraph",
                t(
                    """
                    Er du ikke tilfreds med vores svar, kan du klage til
                    Digitaliseringsstyrelsen. Styrelsen fører tilsyn med, at
                    offentlige hjemmesider lever op til loven.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Klag til Digitaliseringsstyrelsen",
                    "url": "https://digst.dk",
                },
            ),
        ],
    },
    {
        "slug": "skulderklap-og-haeder",
        "title": "Skulderklap og hæder",
        "summary": "Ildsjæle og frivillige gør Vallensbæk til et bedre sted. Her kan du indstille en person eller en forening til et skulderklap eller til frivilligprisen.",
        "body": [
            (
                "paragraph",
                t(
                    """
                    I Vallensbæk er der mange ildsjæle. De bruger deres fritid
                    på at skabe fællesskaber for andre. Det vil vi gerne sige
                    tak for, så alle kan se det.
                    """
                ),
            ),
            ("heading", "Månedens skulderklap"),
            (
                "paragraph",
                t(
                    """
                    Hver måned giver kommunen et skulderklap til en ildsjæl
                    eller en gruppe. Det kan være en træner, en nabo eller en
                    frivillig i en forening. Vi fortæller deres historie her
                    på hjemmesiden og på infoskærmene.
                    """
                ),
            ),
            ("heading", "Frivilligprisen"),
            (
                "paragraph",
                t(
                    """
                    En gang om året uddeler vi frivilligpriser ved en fest for
                    alle frivillige. Priserne bliver delt ud i tre kategorier.
                    Et udvalg med borgere og foreninger vælger vinderne.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Priserne",
                    "items": [
                        "Årets ildsjæl",
                        "Årets unge frivillige (under 25 år)",
                        "Årets forening",
                    ],
                },
            ),
            (
                "quote",
                {
                    "quote": "Jeg blev helt rørt, da jeg fik skulderklappet. Jeg tænker aldrig over, at det, jeg gør, er noget særligt.",
                    "attribution": "Tove Lindberg, fik skulderklap for sit arbejde med fællesspisning i Pilegården",
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
    },
    {
        "slug": "kontakt",
        "title": "Kontakt",
        "summary": "Her finder du telefonnumre, mails og åbningstider for kommunen. Du kan også skrive sikkert til os med Digital Post.",
        "body": [
            (
                "paragraph",
                t(
                    """
                    Vallensbæk Rådhus ligger på Vallensbæk Stationstorv 100,
                    2665 Vallensbæk Strand. Du kan ringe til os på 43 97 10 00.

                    Skal du sende personlige oplysninger, så brug Digital Post på
                    borger.dk. Så er dine oplysninger sikre.
                    """
                ),
            ),
            ("heading", "Borgerservice"),
            (
                "paragraph",
                t(
                    """
                    Borgerservice hjælper med pas, kørekort, sundhedskort og
                    MitID. Husk at bestille tid, før du kommer.
                    """
                ),
            ),
            (
                "fact_box",
                {
                    "title": "Åbningstider i Borgerservice",
                    "items": [
                        "Mandag til onsdag kl. 10–14",
                        "Torsdag kl. 10–17.30",
                        "Fredag kl. 10–13",
                    ],
                },
            ),
            ("heading", "Foreninger og frivillige"),
            (
                "paragraph",
                t(
                    """
                    Er du frivillig, eller har du spørgsmål om foreninger, lokaler
                    og tilskud? Så kontakt Kultur og Fritid eller
                    Frivilligcentret Vallensbæk.
                    """
                ),
            ),
            (
                "call_to_action",
                {
                    "text": "Skriv til os med Digital Post",
                    "url": "https://www.borger.dk/digital-post",
                },
            ),
        ],
    },
]

HOME = {
    "title": "Vallensbæk Kommune",
    "hero_title": "Velkommen til Vallensbæk",
    "hero_text": "Find aktiviteter, foreninger og nyheder fra kommunen. Se, hvad der sker i byen, og hvordan du kan være med.",
    "image": {
        "label": "Velkommen til Vallensbæk",
        "alt": "Tegning af en by ved vandet med havn, grønne områder og en station",
    },
}

SCREENS_MANUAL_SLIDES = [
    {
        "title": "Borgerservice",
        "text": "Husk at bestille tid, før du kommer. Man–ons 10–14, tors 10–17.30, fre 10–13.",
        "url": "https://vallensbaek.dk/borgerservice/bestil-tid",
        "start_offset_days": -5,
        "end_offset_days": 60,
    },
    {
        "title": "Indstil en ildsjæl",
        "text": "Kender du en frivillig, der gør en forskel? Indstil vedkommende til årets frivilligpris.",
        "url": "https://vallensbaek.dk/frivilligpris",
        "start_offset_days": -2,
        "end_offset_days": 40,
    },
    {
        "title": "Åbent bibliotek",
        "text": "Biblioteket har åbent kl. 7–22 alle dage. Brug dit sundhedskort og din pinkode.",
        "url": "https://vallensbaek.dk/bibliotek",
        "start_offset_days": -18,
        "end_offset_days": 30,
    },
    {
        "title": "Foreningsdag",
        "text": "Mød over 30 foreninger på Stationstorvet. Prøv kajak, kor, spejder og meget mere. Gratis for alle.",
        "url": "https://vallensbaek.dk/foreningsdag",
        "start_offset_days": -6,
        "end_offset_days": 15,
    },
    {
        "title": "Digital hjælp",
        "text": "Få hjælp til MitID, e-Boks og din mobil på biblioteket. Frivillige IT-hjælpere sidder klar hver uge.",
        "url": "https://vallensbaek.dk/bibliotek/digital-hjaelp",
        "start_offset_days": -10,
        "end_offset_days": 90,
    },
]

ALERT = {
    "message": "Der er lukket for vandet i dele af Vallensbæk Strand, fordi en vandledning er sprunget. Vi forventer, at der er vand igen i løbet af eftermiddagen.",
    "severity": "warning",
}
