"""Danish word lists for plausible synthetic titles and summaries."""

NEWS_PREFIXES = [
    "Nyt fra Vallensbæk",
    "Kort nyt",
    "Nyt fra rådhuset",
    "Borgerservice informerer",
    "Lokalt",
    "Kultur og Fritid",
]
NEWS_SUBJECTS = [
    "Biblioteket",
    "Strandparken",
    "Idrætscentret",
    "Den nye cykelsti",
    "Svømmehallen",
    "Legepladsen ved Nordmarken",
    "Seniorklubben",
    "Ungdomsskolen",
    "Genbrugspladsen",
    "Bybussen",
    "Kulturhuset",
    "Naturskolen",
    "Vallensbæk Mose",
    "Havnen",
    "Byens skoler",
    "Frivilligcentret",
]
NEWS_PREDICATES = [
    "får nye åbningstider",
    "åbner igen",
    "søger frivillige",
    "inviterer til borgermøde",
    "får nyt tag",
    "holder åbent hus",
    "udvider tilbuddet",
    "får flere p-pladser",
    "fejrer jubilæum",
    "er klar til sæsonen",
    "får ny belysning",
    "lukker kortvarigt",
]
SENTENCES = [
    "Læs her, hvad det betyder for dig.",
    "Du kan få mere at vide hos Borgerservice.",
    "Alle er velkomne, og det er gratis.",
    "Kommunen glæder sig til at se dig.",
    "Ændringen gælder fra næste måned.",
    "Foreningerne har været med til at planlægge det.",
    "Du kan stille spørgsmål på et møde på rådhuset.",
    "Der er plads til både børn, unge og voksne.",
]

ACTIVITY_KINDS = [
    "Strikkecafé",
    "Gåtur",
    "Motionsdans",
    "Brætspilsaften",
    "Lektiecafé",
    "Fællessang",
    "Foredrag om byens historie",
    "Yoga for seniorer",
    "Familieværksted",
    "Naturvandring",
    "Kortspil",
    "Babysalmesang",
    "Løbeklub",
    "Skak for begyndere",
    "Filmaften",
]
ACTIVITY_PLACES = [
    "i biblioteket",
    "ved stranden",
    "i kulturhuset",
    "i Vallensbæk Mose",
    "på rådhuset",
    "i idrætscentret",
    "i Pilegården",
]

ASSOCIATION_PREFIXES = ["Vallensbæk", "Strandens", "Mosens", "Nordmarkens", "Byens", "Havnens"]
#: (name, category)
ASSOCIATION_KINDS = [
    ("Skakklub", "culture"),
    ("Petanqueklub", "sport"),
    ("Kor", "culture"),
    ("Løbeklub", "sport"),
    ("Fotoklub", "culture"),
    ("Havelaug", "nature"),
    ("Spejdergruppe", "children_youth"),
    ("Bridgeklub", "seniors"),
    ("Seniorklub", "seniors"),
    ("Besøgsvenner", "social"),
    ("Motionsklub", "health"),
    ("Teatergruppe", "culture"),
    ("Cykelklub", "sport"),
    ("Naturgruppe", "nature"),
    ("Borgerforening", "other"),
]

FACILITY_KINDS = [
    "Mødelokale",
    "Klubhus",
    "Foreningslokale",
    "Multisal",
    "Værksted",
    "Musiklokale",
]
FACILITY_PLACES = [
    "ved Strandparken",
    "på Egholmskolen",
    "i Pilegården",
    "ved Idrætscentret",
    "i Kulturhuset",
    "ved Nordmarken",
]
STREETS = [
    "Vallensbækvej",
    "Strandesplanaden",
    "Idrætsvej",
    "Egholmvej",
    "Pilegårdsvej",
    "Søndergårdsvej",
    "Nordmarksvej",
    "Horsbred",
]

GUIDE_ACTIONS = [
    "Sådan søger du tilskud til",
    "Sådan booker du lokaler til",
    "Sådan finder du frivillige til",
    "Sådan laver du budget for",
    "Sådan skriver du vedtægter for",
    "Sådan holder du generalforsamling i",
]
GUIDE_OBJECTS = [
    "din forening",
    "en ny klub",
    "et børnehold",
    "et seniorhold",
    "en sommerlejr",
    "et kulturarrangement",
]
GUIDE_STEPS = [
    "Forbered dig",
    "Tal med bestyrelsen",
    "Udfyld ansøgningen",
    "Send og følg op",
    "Fortæl om resultatet",
]

RENOVATION_WORKS = [
    "Nyt tag på {}",
    "Energirenovering af {}",
    "Ombygning af {}",
    "Nye vinduer i {}",
    "Udvidelse af {}",
    "Ny ventilation i {}",
]
BUILDINGS = [
    "Egholmskolen",
    "Pilegårdsskolen",
    "Vallensbæk Skole",
    "Idrætscentret",
    "Biblioteket",
    "Rådhuset",
    "Børnehuset Mosen",
    "Plejecentret",
    "Kulturhuset",
    "Klubhuset ved havnen",
]
PHASES = ["Forberedelse", "Nedrivning", "Byggeri", "Indretning", "Aflevering"]
UPDATE_TITLES = [
    "Arbejdet er gået i gang",
    "Status på byggeriet",
    "Ny tidsplan",
    "Stilladset kommer ned",
    "Vi er næsten færdige",
]
