"""Activities and events, by associations and by the municipality.

Dates are relative to the day the seed runs (``start_offset_days``). Recurring
activities have ``until_offset_days``; ``excluded_offsets_days`` are dates that
fall on an occurrence but are cancelled (for example a holiday). All-day
activities use ``start_time`` "00:00" and a ``duration_minutes`` of whole days
(1440 per day). Texts avoid weekdays, months and seasons, because the dates move.
"""

from ._text import t

ACTIVITIES = [
    # --- Organised by associations -------------------------------------------------
    {
        "slug": "badminton-for-voksne-begyndere",
        "title": "Badminton for voksne begyndere",
        "summary": "Nyt hold for voksne, der vil lære badminton fra bunden. Du kan låne ketsjer, og de første to gange er gratis.",
        "description": t(
            """
            Holdet er for dig, der aldrig har spillet, eller som ikke har
            spillet i mange år. En erfaren træner lærer dig slagene og
            reglerne. Vi spiller mest double, så du hurtigt får nogen at spille
            med.

            Tag indendørssko og drikkedunk med. Efter træningen er der kaffe i
            cafeteriet for dem, der har lyst.
            """
        ),
        "start_offset_days": 3,
        "start_time": "19:00",
        "duration_minutes": 90,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 115,
        "excluded_offsets_days": [45],
        "facility": "idraetscenter-vallensbaek",
        "address": "",
        "association": "vallensbaek-badmintonklub",
        "department": "",
        "audiences": ["voksne", "seniorer"],
        "is_free": False,
        "price_text": "Gratis de første to gange. Derefter 950 kr. pr. halvår.",
        "registration_url": "https://www.vallensbaek-badminton.dk/begyndere",
        "registration_deadline_offset_days": None,
        "capacity_note": "Maks. 24 spillere",
        "accessibility_info": "Niveaufri adgang til hallen. Handicaptoilet ved omklædningen.",
        "image": {
            "label": "Badminton for begyndere",
            "alt": "Tegning af en idrætshal med et badmintonnet",
        },
    },
    {
        "slug": "babysvoemning",
        "title": "Babysvømning",
        "summary": "Leg og hygge i vandet for babyer fra 3 til 12 måneder sammen med mor eller far. Vandet er 32 grader varmt.",
        "description": t(
            """
            Babysvømning er en god måde at lære vandet at kende på. Vi synger,
            leger og plasker. Instruktøren viser, hvordan du holder dit barn
            trygt i vandet.

            Vandet er ekstra varmt på babyholdene. Husk badebleer. Der er
            puslebord i omklædningen.
            """
        ),
        "start_offset_days": 1,
        "start_time": "10:00",
        "duration_minutes": 45,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 78,
        "excluded_offsets_days": [],
        "facility": "egholmskolen",
        "address": "",
        "association": "svoemmeklubben-boelgen",
        "department": "",
        "audiences": ["familier", "boern"],
        "is_free": False,
        "price_text": "800 kr. for 12 gange",
        "registration_url": "https://www.svoemmeklubbenboelgen.dk/babysvoemning",
        "registration_deadline_offset_days": 0,
        "capacity_note": "Maks. 10 babyer pr. hold",
        "accessibility_info": "Handicapomklædning og lift til bassinet.",
        "image": {
            "label": "Babysvømning",
            "alt": "Tegning af et svømmebassin med en badeand på vandet",
        },
    },
    {
        "slug": "svoemning-for-voksne-begyndere",
        "title": "Lær at svømme som voksen",
        "summary": "Et roligt hold for voksne, der ikke kan svømme eller er utrygge i vandet. Der er kun voksne på holdet.",
        "description": t(
            """
            Det er aldrig for sent at lære at svømme. På holdet starter vi helt
            fra begyndelsen. Du kan bunde hele tiden, og ingen bliver presset.

            Mange på holdet har aldrig haft svømning i skolen. Her er der plads
            til at være nybegynder.
            """
        ),
        "start_offset_days": 11,
        "start_time": "20:00",
        "duration_minutes": 45,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 88,
        "excluded_offsets_days": [],
        "facility": "egholmskolen",
        "address": "",
        "association": "svoemmeklubben-boelgen",
        "department": "",
        "audiences": ["voksne"],
        "is_free": False,
        "price_text": "900 kr. for hele sæsonen",
        "registration_url": "https://www.svoemmeklubbenboelgen.dk/voksne",
        "registration_deadline_offset_days": 7,
        "capacity_note": "Maks. 8 deltagere",
        "accessibility_info": "Handicapomklædning og lift til bassinet.",
        "image": {
            "label": "Lær at svømme som voksen",
            "alt": "Tegning af et roligt svømmebassin med en svømmeplade",
        },
    },
    {
        "slug": "loeb-for-begyndere",
        "title": "Løb for begyndere",
        "summary": "Kom i gang med at løbe. Vi starter med at gå og løbe på skift og bygger langsomt op. Ingen bliver ladt alene.",
        "description": t(
            """
            Har du lyst til at løbe, men ved ikke, hvordan du skal starte? Så
            er holdet for dig. Vi løber og går på skift i et roligt tempo. Efter
            ti uger kan de fleste løbe fem kilometer.

            Vi mødes foran Idrætscenter Vallensbæk. Ruten går ad stierne mod
            mosen.
            """
        ),
        "start_offset_days": 2,
        "start_time": "17:30",
        "duration_minutes": 60,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 72,
        "excluded_offsets_days": [],
        "facility": "idraetscenter-vallensbaek",
        "address": "",
        "association": "vallensbaek-loebeklub",
        "department": "",
        "audiences": ["voksne"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Ruten går på asfalt og grus. Der er toiletter i idrætscentret.",
        "image": {
            "label": "Løb for begyndere",
            "alt": "Tegning af en sti gennem grønne bakker mod en sø",
        },
    },
    {
        "slug": "faellesloeb-til-stranden",
        "title": "Fællesløb til stranden",
        "summary": "En lang, rolig tur fra Idrætscenter Vallensbæk til Tranegilde Strandpark og tilbage. Vælg mellem 8 og 15 kilometer.",
        "description": t(
            """
            Hver anden uge løber vi en lang tur sammen. Vi løber i grupper, så
            alle kan finde et tempo, der passer. Vi venter på hinanden ved
            vandet.

            Efter turen er der frugt og vand ved idrætscentret.
            """
        ),
        "start_offset_days": 6,
        "start_time": "09:30",
        "duration_minutes": 100,
        "all_day": False,
        "recurrence": "biweekly",
        "until_offset_days": 90,
        "excluded_offsets_days": [34],
        "facility": "idraetscenter-vallensbaek",
        "address": "",
        "association": "vallensbaek-loebeklub",
        "department": "",
        "audiences": ["voksne", "unge"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Ruten går på asfalt og grussti. Der er ikke toiletter ved stranden.",
        "image": {
            "label": "Fællesløb til stranden",
            "alt": "Tegning af en kyststi med havet og solen i baggrunden",
        },
    },
    {
        "slug": "kajak-begynderkursus",
        "title": "Begynderkursus i havkajak",
        "summary": "Lær at padle havkajak sikkert. Kurset giver dig det bevis, du skal have for at padle med på klubbens ture.",
        "description": t(
            """
            På kurset lærer du at padle, styre og vende kajakken. Du lærer også
            at komme op i kajakken igen, hvis du vælter. Det øver vi i havnen,
            hvor vandet er roligt.

            Kurset er seks aftener. Klubben låner dig kajak, våddragt og
            redningsvest.
            """
        ),
        "start_offset_days": 20,
        "start_time": "18:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "havnehuset",
        "address": "",
        "association": "kajakklubben-vallensbaek-havn",
        "department": "",
        "audiences": ["voksne", "unge"],
        "is_free": False,
        "price_text": "1.200 kr. inklusive lån af udstyr",
        "registration_url": "https://www.kajakvallensbaek.dk/kursus",
        "registration_deadline_offset_days": 13,
        "capacity_note": "Maks. 8 deltagere. Du skal kunne svømme 600 meter.",
        "accessibility_info": "Havnehuset har niveaufri adgang og handicapomklædning.",
        "image": {
            "label": "Begynderkursus i havkajak",
            "alt": "Tegning af kajakker i en havn med rolige bølger",
        },
    },
    {
        "slug": "proev-kajak-gratis",
        "title": "Prøv kajak gratis i havnen",
        "summary": "Kom og prøv at sidde i en kajak. Instruktører er med hele tiden, og du får våddragt og redningsvest på.",
        "description": t(
            """
            Kajakklubben inviterer alle til at prøve kajak. Du padler inde i
            havnen, hvor vandet er roligt. En instruktør er med i vandet hele
            tiden.

            Børn skal være mindst 10 år og kunne svømme. Tag håndklæde og tøj
            til at skifte med.
            """
        ),
        "start_offset_days": 9,
        "start_time": "13:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "havnehuset",
        "address": "",
        "association": "kajakklubben-vallensbaek-havn",
        "department": "",
        "audiences": ["familier", "unge", "voksne"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang til Havnehuset. Sig til, hvis du har brug for hjælp til at komme i kajakken.",
        "image": {
            "label": "Prøv kajak gratis",
            "alt": "Tegning af en havn med små kajakker og et træhus",
        },
    },
    {
        "slug": "fernisering-lokale-kunstnere",
        "title": "Fernisering: Lokale kunstnere viser Vallensbæk",
        "summary": "Kom til åbningen af udstillingen med otte lokale kunstnere. Der er musik, saft og mulighed for at møde kunstnerne.",
        "description": t(
            """
            Vallensbæk Kunstforening åbner en ny udstilling på biblioteket.
            Otte kunstnere fra byen viser malerier, fotos og keramik om havnen,
            mosen og landsbyen.

            Kunstnerne fortæller om deres værker. Der er levende musik og et
            glas saft eller vin.
            """
        ),
        "start_offset_days": -8,
        "start_time": "16:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": "vallensbaek-kunstforening",
        "department": "",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang, handicaptoilet og teleslynge i salen.",
        "image": {
            "label": "Fernisering på biblioteket",
            "alt": "Tegning af malerier på en væg og folk, der kigger på dem",
        },
    },
    {
        "slug": "kunstaften-om-landskabsmaleri",
        "title": "Kunstaften: Landskabet i dansk maleri",
        "summary": "En kunsthistoriker fortæller om, hvordan danske malere har malet kyst, mose og mark. Med billeder og tid til spørgsmål.",
        "description": t(
            """
            Danske malere har altid været glade for landskabet. Til aftenen ser
            vi på malerier fra guldalderen til i dag. Hvad ville kunstnerne
            vise os?

            Foredraget varer en time. Bagefter er der kaffe og tid til en
            snak.
            """
        ),
        "start_offset_days": 27,
        "start_time": "19:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": "vallensbaek-kunstforening",
        "department": "",
        "audiences": ["voksne", "seniorer"],
        "is_free": False,
        "price_text": "60 kr. Gratis for medlemmer.",
        "registration_url": "https://www.vallensbaekkunst.dk/kunstaften",
        "registration_deadline_offset_days": 25,
        "capacity_note": "Plads til 70",
        "accessibility_info": "Niveaufri adgang, handicaptoilet og teleslynge i salen.",
        "image": {
            "label": "Kunstaften om landskabsmaleri",
            "alt": "Tegning af et maleri med bakker og en sø i en guldramme",
        },
    },
    {
        "slug": "byvandring-i-vallensbaek-landsby",
        "title": "Byvandring i Vallensbæk Landsby",
        "summary": "Gå med på en tur gennem landsbyens historie. Hør om gårdene, kirken og livet, før byen voksede.",
        "description": t(
            """
            Vi går en rolig tur gennem Vallensbæk Landsby. Undervejs fortæller
            vi om de gamle gårde, kirken og skolen. Du får også gamle fotos at
            se.

            Turen er cirka to kilometer. Vi slutter med kaffe i
            våbenhuset.
            """
        ),
        "start_offset_days": 12,
        "start_time": "14:00",
        "duration_minutes": 90,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Mødested ved Vallensbæk Kirke, Vallensbæk Landsby",
        "association": "vallensbaek-lokalhistoriske-forening",
        "department": "",
        "audiences": ["alle", "seniorer"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Turen går på fortov, grus og lidt brosten. Der er bænke undervejs.",
        "image": {
            "label": "Byvandring i landsbyen",
            "alt": "Tegning af en hvid landsbykirke og gamle huse",
        },
    },
    {
        "slug": "aabent-lokalhistorisk-arkiv",
        "title": "Åbent lokalhistorisk arkiv",
        "summary": "Se gamle fotos og kort over Vallensbæk, og få hjælp til at finde din egen families historie. Tag gerne dine gamle billeder med.",
        "description": t(
            """
            En gang om måneden åbner vi arkivet på biblioteket. Du kan se gamle
            fotos, kort og avisudklip. Frivillige hjælper dig med at finde det,
            du leder efter.

            Har du gamle billeder fra Vallensbæk? Så tag dem med. Vi scanner
            dem, og du får dem med hjem igen.
            """
        ),
        "start_offset_days": 4,
        "start_time": "15:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": "monthly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": "vallensbaek-lokalhistoriske-forening",
        "department": "",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "Åbent arkiv",
            "alt": "Tegning af en kasse med gamle sort-hvide fotos",
        },
    },
    {
        "slug": "syng-med-i-vallensbaek-stemmer",
        "title": "Syng med i koret Vallensbæk Stemmer",
        "summary": "Koret øver hver uge og tager gerne imod nye sangere. Du behøver ikke kunne læse noder.",
        "description": t(
            """
            Vi synger danske sange, pop og gospel. Dirigenten lærer os sangene
            stemme for stemme. Vi starter altid med at varme stemmen op.

            Du er velkommen til at komme og synge med to gange, før du melder
            dig ind.
            """
        ),
        "start_offset_days": 1,
        "start_time": "19:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 110,
        "excluded_offsets_days": [29],
        "facility": "pilegaardsskolen",
        "address": "",
        "association": "koret-vallensbaek-stemmer",
        "department": "",
        "audiences": ["voksne", "seniorer"],
        "is_free": False,
        "price_text": "Gratis to gange. Derefter 600 kr. pr. halvår.",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Aulaen har niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "Syng med i koret",
            "alt": "Tegning af en scene med noder og et flygel",
        },
    },
    {
        "slug": "korkoncert-sange-fra-hele-verden",
        "title": "Koncert: Sange fra hele verden",
        "summary": "Vallensbæk Stemmer synger sange fra mange lande. Elever fra Pilegårdsskolen synger med på nogle af numrene.",
        "description": t(
            """
            Koret har øvet sange fra hele verden. Der er sange fra Danmark,
            Sydafrika, Irland og Brasilien. Et kor af elever fra
            Pilegårdsskolen synger med.

            Efter koncerten er der kaffe og kage i aulaen.
            """
        ),
        "start_offset_days": 45,
        "start_time": "15:00",
        "duration_minutes": 90,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "pilegaardsskolen",
        "address": "",
        "association": "koret-vallensbaek-stemmer",
        "department": "",
        "audiences": ["alle"],
        "is_free": False,
        "price_text": "75 kr. for voksne, gratis for børn under 12 år",
        "registration_url": "https://www.vallensbaekstemmer.dk/billetter",
        "registration_deadline_offset_days": None,
        "capacity_note": "Plads til 150",
        "accessibility_info": "Niveaufri adgang, handicaptoilet og pladser til kørestole forrest.",
        "image": {
            "label": "Koncert: Sange fra hele verden",
            "alt": "Tegning af en scene med lys og et kor i lange rækker",
        },
    },
    {
        "slug": "spejdermoede-for-de-mindste",
        "title": "Spejder for de mindste (6–9 år)",
        "summary": "De yngste spejdere mødes ved bålhytten. Vi leger, laver bål og lærer om naturen.",
        "description": t(
            """
            De yngste spejdere hedder hos os Mikroer. Vi er ude hver gang. Vi
            leger, bygger huler, laver snobrød og lærer at bruge en kniv
            sikkert.

            Tag tøj på, der må blive beskidt. Husk en drikkedunk og et lille
            måltid.
            """
        ),
        "start_offset_days": 5,
        "start_time": "17:00",
        "duration_minutes": 90,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 110,
        "excluded_offsets_days": [26],
        "facility": "baalhytten-tranegilde-strandpark",
        "address": "",
        "association": "spejdergruppen-mosen",
        "department": "",
        "audiences": ["boern"],
        "is_free": False,
        "price_text": "550 kr. pr. halvår. Prøv gratis to gange.",
        "registration_url": "https://www.spejdermosen.dk/bliv-spejder",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Fast grussti fra parkeringspladsen. Der er ikke toilet ved bålhytten.",
        "image": {
            "label": "Spejder for de mindste",
            "alt": "Tegning af et bål ved stranden med en lille hytte bagved",
        },
    },
    {
        "slug": "baalmad-for-familier",
        "title": "Bålmad for hele familien",
        "summary": "Spejderne inviterer familier til en aften med bålmad ved stranden. Vi laver pandekager, pølser og snobrød.",
        "description": t(
            """
            Tag familien med til en hyggelig aften ved bålhytten. Spejderne
            viser, hvordan man laver mad over bål. Alle kan være med, også de
            helt små.

            Vi sørger for mad og drikke. Tag varmt tøj og en kop med.
            """
        ),
        "start_offset_days": 16,
        "start_time": "17:00",
        "duration_minutes": 150,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "baalhytten-tranegilde-strandpark",
        "address": "",
        "association": "spejdergruppen-mosen",
        "department": "",
        "audiences": ["familier", "boern"],
        "is_free": False,
        "price_text": "30 kr. pr. person, gratis for børn under 3 år",
        "registration_url": "https://www.spejdermosen.dk/baalmad",
        "registration_deadline_offset_days": 14,
        "capacity_note": "Plads til 60 personer",
        "accessibility_info": "Fast grussti fra parkeringspladsen. Der er ikke toilet ved bålhytten.",
        "image": {
            "label": "Bålmad for familier",
            "alt": "Tegning af en bålplads med en gryde over ilden",
        },
    },
    {
        "slug": "lektiecafe-paa-biblioteket",
        "title": "Lektiecafé på biblioteket",
        "summary": "Gratis hjælp til lektier for elever i 3.–10. klasse. Kom når du vil, og gå når du er færdig.",
        "description": t(
            """
            Frivillige hjælper med dansk, matematik, engelsk, tysk og
            opgaver. Du kan også bare sidde og lave lektier sammen med andre.

            Der er frugt og saft. Du skal ikke melde dig til.
            """
        ),
        "start_offset_days": 0,
        "start_time": "15:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 120,
        "excluded_offsets_days": [21],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": "lektiecafe-vallensbaek",
        "department": "",
        "audiences": ["boern", "unge"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "Lektiecafé",
            "alt": "Tegning af et bord med bøger, blyanter og en skål frugt",
        },
    },
    {
        "slug": "rollespilsdag-i-mosen",
        "title": "Rollespilsdag i Vallensbæk Mose",
        "summary": "En hel dag med rollespil i naturen for børn og unge fra 10 år. Du får lånt kostume og våben af skum.",
        "description": t(
            """
            Dragens æg er stjålet, og landet er i fare. Kan I finde det, før
            solen går ned? Til rollespilsdagen er du en del af historien.

            Vi deler jer i hold, og voksne fra foreningen styrer spillet. Vi
            spiser frokost sammen over bål.
            """
        ),
        "start_offset_days": 23,
        "start_time": "10:00",
        "duration_minutes": 300,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Parkeringspladsen ved Vallensbæk Mose, Mosevej",
        "association": "rollespilsforeningen-dragehulen",
        "department": "",
        "audiences": ["boern", "unge"],
        "is_free": False,
        "price_text": "50 kr. inklusive frokost",
        "registration_url": "https://www.rollespil-vallensbaek.dk/tilmelding",
        "registration_deadline_offset_days": 20,
        "capacity_note": "Maks. 40 deltagere",
        "accessibility_info": "Spillet foregår på stier og i ujævnt terræn. Kontakt os, så finder vi en løsning.",
        "image": {
            "label": "Rollespilsdag i mosen",
            "alt": "Tegning af et skjold og et sværd af skum i græsset",
        },
    },
    {
        "slug": "braetspil-og-vaerksted-for-unge",
        "title": "Brætspil og værksted for unge",
        "summary": "Spil brætspil eller byg dit eget skjold. Hver anden uge åbner Dragehulen for unge fra 10 år.",
        "description": t(
            """
            Vi har over 100 brætspil. Nogle er hurtige, andre tager hele
            aftenen. I værkstedet bygger vi udstyr til næste rollespil.

            Du kan bare møde op. Der er saft og popcorn.
            """
        ),
        "start_offset_days": 8,
        "start_time": "17:00",
        "duration_minutes": 150,
        "all_day": False,
        "recurrence": "biweekly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-skole",
        "address": "",
        "association": "rollespilsforeningen-dragehulen",
        "department": "",
        "audiences": ["unge", "boern"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Multisalen har niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "Brætspil for unge",
            "alt": "Tegning af et bord med et brætspil, terninger og kort",
        },
    },
    {
        "slug": "faellesspisning-i-pilegaarden",
        "title": "Fællesspisning i Pilegården",
        "summary": "Spis et godt måltid sammen med andre. Frivillige i Seniorklubben laver maden. Alle er velkomne, også hvis du ikke er medlem.",
        "description": t(
            """
            En gang om måneden laver frivillige mad til alle, der har lyst. Vi
            spiser klassisk dansk mad, og der er altid en grøn ret.

            Efter maden er der kaffe og ofte lidt musik eller en fortælling.
            """
        ),
        "start_offset_days": 11,
        "start_time": "12:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": "monthly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "pilegaarden",
        "address": "",
        "association": "seniorklubben-pilegaarden",
        "department": "",
        "audiences": ["seniorer"],
        "is_free": False,
        "price_text": "85 kr. inklusive kaffe",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "Tilmelding i caféen senest to dage før",
        "accessibility_info": "Niveaufri adgang, teleslynge og handicaptoilet.",
        "image": {
            "label": "Fællesspisning",
            "alt": "Tegning af et langbord med tallerkener og blomster",
        },
    },
    {
        "slug": "bustur-til-stevns-klint",
        "title": "Bustur til Stevns Klint",
        "summary": "Seniorklubben tager på udflugt til Stevns Klint. Vi ser klinten og kirken og spiser frokost på en kro.",
        "description": t(
            """
            Turen går til Stevns Klint, som er på UNESCOs liste over verdens
            naturarv. En guide fortæller om klinten og den gamle kirke.

            Vi spiser frokost på en kro og er hjemme igen sidst på
            eftermiddagen.
            """
        ),
        "start_offset_days": 34,
        "start_time": "08:30",
        "duration_minutes": 540,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "pilegaarden",
        "address": "",
        "association": "seniorklubben-pilegaarden",
        "department": "",
        "audiences": ["seniorer"],
        "is_free": False,
        "price_text": "425 kr. inklusive bus, frokost og guide",
        "registration_url": "https://www.pilegaarden.dk/seniorklubben/udflugter",
        "registration_deadline_offset_days": 24,
        "capacity_note": "Plads til 48 i bussen",
        "accessibility_info": "Bussen har lift. Sig til ved tilmelding, hvis du har rollator eller kørestol.",
        "image": {
            "label": "Bustur til Stevns Klint",
            "alt": "Tegning af en hvid klint ved havet med en kirke på toppen",
        },
    },
    {
        "slug": "it-hjaelp-for-seniorer",
        "title": "IT-hjælp for seniorer",
        "summary": "Frivillige hjælper dig med mobil, tablet og computer. Du kan få hjælp til MitID, e-Boks, apps og billeder.",
        "description": t(
            """
            Kom med dine spørgsmål om det digitale. Frivillige IT-hjælpere
            sidder klar. Vi har god tid, og der er ingen dumme spørgsmål.

            Tag din egen mobil, tablet eller computer med. Husk også
            opladeren.
            """
        ),
        "start_offset_days": 1,
        "start_time": "10:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": "it-hjaelperne-vallensbaek",
        "department": "",
        "audiences": ["seniorer"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "IT-hjælp for seniorer",
            "alt": "Tegning af en tablet og en mobiltelefon på et bord",
        },
    },
    {
        "slug": "naturplejedag-i-vallensbaek-mose",
        "title": "Naturplejedag i Vallensbæk Mose",
        "summary": "Hjælp med at fjerne pilekrat og invasive planter, så mosens blomster og fugle får bedre plads. Vi giver frokost.",
        "description": t(
            """
            Sammen med kommunens naturfolk rydder vi pilekrat på engen. Det
            giver plads til blomster, sommerfugle og fugle, der yngler på
            jorden.

            Vi har handsker og værktøj. Tag tøj og støvler på, der kan tåle at
            blive beskidte.
            """
        ),
        "start_offset_days": 13,
        "start_time": "10:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Mødested ved fugletårnet i Vallensbæk Mose",
        "association": "mosens-venner",
        "department": "",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Arbejdet foregår på en fugtig eng. Der er ikke toiletter i nærheden.",
        "image": {
            "label": "Naturplejedag i mosen",
            "alt": "Tegning af en eng med siv, en sø og et fugletårn",
        },
    },
    {
        "slug": "fugletur-ved-daggry",
        "title": "Fugletur ved daggry",
        "summary": "Oplev mosens fugle, når de er mest aktive. En erfaren ornitolog viser vej. Vi låner dig en kikkert.",
        "description": t(
            """
            Om morgenen synger fuglene højest. Vi går en tur langs mosen og
            lytter og kigger. Du lærer at kende de mest almindelige fugle på
            deres sang.

            Vi slutter med kaffe og boller ved fugletårnet.
            """
        ),
        "start_offset_days": 30,
        "start_time": "06:30",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Parkeringspladsen ved Vallensbæk Mose, Mosevej",
        "association": "mosens-venner",
        "department": "",
        "audiences": ["voksne", "familier"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://www.vallensbaeknatur.dk/fugletur",
        "registration_deadline_offset_days": 28,
        "capacity_note": "Maks. 20 deltagere",
        "accessibility_info": "Turen er cirka tre kilometer på grussti. Stien er flad.",
        "image": {
            "label": "Fugletur ved daggry",
            "alt": "Tegning af en sø ved solopgang med fugle på himlen",
        },
    },
    {
        "slug": "faelles-havedag-i-pileparken",
        "title": "Fælles havedag i Pileparken",
        "summary": "Vi luger, sår og høster sammen i fælleshaven. Alle er velkomne, også hvis du aldrig har haft en have.",
        "description": t(
            """
            Hver anden uge mødes vi i fælleshaven. Vi passer bedene sammen og
            deler høsten. Der er altid en, der kan vise dig, hvad du skal gøre.

            Vi har værktøj og handsker. Bagefter drikker vi kaffe under
            pæretræet.
            """
        ),
        "start_offset_days": 4,
        "start_time": "16:30",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": "biweekly",
        "until_offset_days": 102,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Fælleshaven i Pileparken",
        "association": "groenne-haender-vallensbaek",
        "department": "",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Flisesti til haven og højbede, man kan nå fra en kørestol.",
        "image": {
            "label": "Havedag i Pileparken",
            "alt": "Tegning af højbede med grøntsager og en vandkande",
        },
    },
    {
        "slug": "balancetraening-i-pilegaarden",
        "title": "Balancetræning",
        "summary": "Rolig træning, der styrker balancen og mindsker risikoen for fald. Du kan deltage siddende eller stående.",
        "description": t(
            """
            God balance gør hverdagen lettere og tryggere. På holdet laver vi
            enkle øvelser, som du også kan lave derhjemme.

            En gang om måneden kommer en fysioterapeut og giver gode råd.
            """
        ),
        "start_offset_days": 2,
        "start_time": "10:30",
        "duration_minutes": 60,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 118,
        "excluded_offsets_days": [37],
        "facility": "pilegaarden",
        "address": "",
        "association": "motion-for-livet",
        "department": "",
        "audiences": ["seniorer", "voksne"],
        "is_free": False,
        "price_text": "Med i kontingentet på 250 kr. om året. Første gang er gratis.",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang og handicaptoilet. Der er stole til alle.",
        "image": {
            "label": "Balancetræning",
            "alt": "Tegning af en lys sal med stole i en rundkreds",
        },
    },
    {
        "slug": "introkursus-for-nye-besoegsvenner",
        "title": "Introkursus for nye besøgsvenner",
        "summary": "Vil du være besøgsven? På kurset lærer du, hvad det indebærer, og du møder andre frivillige.",
        "description": t(
            """
            Kurset er for dig, der overvejer at blive besøgsven. Vi fortæller,
            hvordan et besøg typisk foregår. Du får gode råd om den første
            samtale, og hvad du gør, hvis du bliver bekymret.

            Der er sandwich og kaffe. Du forpligter dig ikke til noget ved at
            komme.
            """
        ),
        "start_offset_days": 19,
        "start_time": "17:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "pilegaarden",
        "address": "",
        "association": "besoegsvennerne-vallensbaek",
        "department": "",
        "audiences": ["voksne", "seniorer", "unge"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://www.vallensbaekfrivillig.dk/besoegsvenner/kursus",
        "registration_deadline_offset_days": 15,
        "capacity_note": "Maks. 15 deltagere",
        "accessibility_info": "Niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "Bliv besøgsven",
            "alt": "Tegning af to stole ved et bord med en kande kaffe",
        },
    },
    {
        "slug": "repair-cafe",
        "title": "Repair Café",
        "summary": "Tag din ødelagte lampe, cykel eller dine hullede bukser med. Frivillige hjælper dig med at reparere dem.",
        "description": t(
            """
            I Repair Café reparerer vi sammen. Du er selv med, og du lærer
            noget undervejs. Vi har værktøj, symaskiner og en loddekolbe.

            Vi tager ikke store hvidevarer. Der er kaffe og kage, mens du
            venter.
            """
        ),
        "start_offset_days": 10,
        "start_time": "13:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": "monthly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": "repair-cafe-vallensbaek",
        "department": "",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Makerværkstedet har niveaufri adgang og hæve-sænke-borde.",
        "image": {
            "label": "Repair Café",
            "alt": "Tegning af en skruetrækker, en lampe og en symaskine",
        },
    },
    {
        "slug": "havnefest-paa-vallensbaek-havn",
        "title": "Vallensbæk Havnefest",
        "summary": "En hel dag med musik, mad og aktiviteter ved havnen. Byens foreninger viser, hvad de kan, og du kan prøve meget selv.",
        "description": t(
            """
            Havnefesten er for hele familien. Du kan prøve kajak og
            stand up paddle, høre lokale bands og se opvisninger. Der er boder
            med mad fra byens spisesteder.

            Festen slutter med fællessang på molen. Det er gratis at komme.
            """
        ),
        "start_offset_days": 58,
        "start_time": "00:00",
        "duration_minutes": 1440,
        "all_day": True,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "havnehuset",
        "address": "",
        "association": "vallensbaek-havnefest",
        "department": "",
        "audiences": ["alle", "familier"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Området er fladt med asfalt og fliser. Der er handicaptoiletter ved Havnehuset og ved scenen.",
        "image": {
            "label": "Vallensbæk Havnefest",
            "alt": "Tegning af en havn med flag, både og en scene",
        },
    },
    # --- Organised by the municipality ---------------------------------------------
    {
        "slug": "foreningsdag",
        "title": "Foreningsdag på Stationstorvet",
        "summary": "Mød over 30 af byens foreninger, prøv aktiviteterne og find en ny hobby. Der er musik og mad fra lokale boder.",
        "description": t(
            """
            Foreningerne står i telte på hele torvet. Du kan tale med dem og
            prøve mange af aktiviteterne. Der er også en scene med opvisninger.

            Om eftermiddagen holder vi netværksmøde for foreninger og lokale
            virksomheder på rådhuset.
            """
        ),
        "start_offset_days": 15,
        "start_time": "11:00",
        "duration_minutes": 300,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Vallensbæk Stationstorv, 2665 Vallensbæk Strand",
        "association": None,
        "department": "Kultur og Fritid",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Torvet er fladt. Der er handicaptoilet på rådhuset og på biblioteket.",
        "image": {
            "label": "Foreningsdag",
            "alt": "Tegning af telte og flag på et torv foran en station",
        },
    },
    {
        "slug": "borgermoede-lokalplan-for-vallensbaek-landsby",
        "title": "Borgermøde om Vallensbæk Landsby",
        "summary": "Kom og sig din mening om den nye lokalplan for Vallensbæk Landsby. Politikere og planlæggere lytter.",
        "description": t(
            """
            Kommunen skal lave en ny plan for landsbyen. Vi fortæller kort om
            planen. Derefter taler vi sammen ved borde i små grupper.

            Der er kaffe og kage. Du behøver ikke vide noget om planer for at
            være med.
            """
        ),
        "start_offset_days": 8,
        "start_time": "19:00",
        "duration_minutes": 150,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-raadhus",
        "address": "",
        "association": None,
        "department": "Teknik og Miljø",
        "audiences": ["voksne", "seniorer", "unge"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://vallensbaek.dk/borgermoede",
        "registration_deadline_offset_days": 6,
        "capacity_note": "Plads til 80",
        "accessibility_info": "Niveaufri adgang, teleslynge og handicaptoilet. Sig til, hvis du har brug for tegnsprogstolk.",
        "image": {
            "label": "Borgermøde om landsbyen",
            "alt": "Tegning af en mødesal med runde borde og en skærm",
        },
    },
    {
        "slug": "kommunalbestyrelsens-moede",
        "title": "Kommunalbestyrelsens møde",
        "summary": "Kommunalbestyrelsens møder er åbne for alle. Du kan sidde på tilhørerpladserne eller følge med på video.",
        "description": t(
            """
            Det er kommunalbestyrelsen, der bestemmer i kommunen. På møderne
            vedtager politikerne fx budget, planer og nye tilbud.

            Du kan læse dagsordenen på hjemmesiden en uge før mødet. Du kan
            også se mødet direkte på nettet.
            """
        ),
        "start_offset_days": 20,
        "start_time": "19:00",
        "duration_minutes": 150,
        "all_day": False,
        "recurrence": "monthly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-raadhus",
        "address": "",
        "association": None,
        "department": "Sekretariatet",
        "audiences": ["alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "Plads til 40 tilhørere",
        "accessibility_info": "Niveaufri adgang, teleslynge og handicaptoilet.",
        "image": {
            "label": "Kommunalbestyrelsens møde",
            "alt": "Tegning af en mødesal med borde i en hestesko",
        },
    },
    {
        "slug": "frivilligfest-og-prisuddeling",
        "title": "Frivilligfest og uddeling af frivilligprisen",
        "summary": "Kommunen siger tak til alle frivillige med en fest på rådhuset. Vi uddeler årets frivilligpriser.",
        "description": t(
            """
            Alle, der er frivillige i Vallensbæk, er inviteret. Vi spiser
            sammen, hører musik og uddeler årets frivilligpriser.

            Du må gerne tage en gæst med. Husk at tilmelde jer begge.
            """
        ),
        "start_offset_days": 52,
        "start_time": "17:00",
        "duration_minutes": 240,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-raadhus",
        "address": "",
        "association": None,
        "department": "Frivilligcentret Vallensbæk",
        "audiences": ["voksne", "seniorer", "unge"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://vallensbaek.dk/frivilligfest",
        "registration_deadline_offset_days": 45,
        "capacity_note": "For frivillige og deres gæster",
        "accessibility_info": "Niveaufri adgang, teleslynge og handicaptoilet.",
        "image": {
            "label": "Frivilligfest",
            "alt": "Tegning af en festsal med lyskæder og et langt bord",
        },
    },
    {
        "slug": "gratis-kursus-i-foerstehjaelp",
        "title": "Gratis kursus i førstehjælp",
        "summary": "Lær hjerte-lunge-redning og brug af hjertestarter på tre timer. Kurset er for alle over 14 år.",
        "description": t(
            """
            En instruktør viser, hvad du gør, hvis en person falder om. Du øver
            hjertemassage på en dukke og prøver en hjertestarter.

            Du får et kursusbevis. Kurset er gratis.
            """
        ),
        "start_offset_days": 17,
        "start_time": "17:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "idraetscenter-vallensbaek",
        "address": "",
        "association": None,
        "department": "Sundhed og Forebyggelse",
        "audiences": ["voksne", "unge", "seniorer"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://vallensbaek.dk/foerstehjaelp",
        "registration_deadline_offset_days": 14,
        "capacity_note": "Maks. 16 deltagere",
        "accessibility_info": "Mødelokalet har elevator og handicaptoilet. Øvelserne kan laves ved et bord.",
        "image": {
            "label": "Kursus i førstehjælp",
            "alt": "Tegning af en hjertestarter og et rødt hjerte",
        },
    },
    {
        "slug": "balancetest-i-pilegaarden",
        "title": "Gratis balancetest i Pilegården",
        "summary": "En fysioterapeut tester din balance og giver dig øvelser med hjem. For borgere over 65 år. Testen tager en halv time.",
        "description": t(
            """
            Testen består af nogle enkle øvelser. Du skal fx rejse dig fra en
            stol og gå en kort strækning. Fysioterapeuten fortæller, hvad
            resultatet betyder.

            Du får et træningsprogram med hjem. Tag gerne en pårørende med.
            """
        ),
        "start_offset_days": 6,
        "start_time": "09:00",
        "duration_minutes": 360,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "pilegaarden",
        "address": "",
        "association": None,
        "department": "Sundhed og Forebyggelse",
        "audiences": ["seniorer"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://vallensbaek.dk/balancetest",
        "registration_deadline_offset_days": 4,
        "capacity_note": "Du får en fast tid, når du tilmelder dig",
        "accessibility_info": "Niveaufri adgang og handicaptoilet. Testen kan tilpasses, hvis du bruger rollator.",
        "image": {
            "label": "Gratis balancetest",
            "alt": "Tegning af en lys sal med en stol og en måtte på gulvet",
        },
    },
    {
        "slug": "motion-i-pileparken-for-seniorer",
        "title": "Motion i Pileparken for seniorer",
        "summary": "Gratis udendørs træning for seniorer med instruktør. Let træning for balance, styrke og smidighed.",
        "description": t(
            """
            Træningen foregår i det fri og passer til alle. Du kan også være
            med, hvis du går med rollator. Bagefter drikker vi kaffe sammen.

            Regner det meget, flytter vi ind i Pilegården.
            """
        ),
        "start_offset_days": 3,
        "start_time": "10:00",
        "duration_minutes": 60,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 115,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Pileparken, ved bænkene ved frugtlunden",
        "association": None,
        "department": "Seniorservice",
        "audiences": ["seniorer"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Fast sti og bænke. Toilet i Pilegården, fem minutters gang.",
        "image": {
            "label": "Motion i Pileparken",
            "alt": "Tegning af en park med frugttræer og bænke",
        },
    },
    {
        "slug": "eventyrstund-paa-biblioteket",
        "title": "Eventyrstund for de mindste",
        "summary": "En bibliotekar læser højt og synger med børn fra 2 til 5 år. Tag en voksen med og sæt dig på puderne.",
        "description": t(
            """
            Vi læser en billedbog højt, synger og leger med fingrene. Det
            varer en halv time, så det passer til små børn.

            Bagefter kan I låne bøger med hjem. Dagplejere og børnehaver er
            også velkomne.
            """
        ),
        "start_offset_days": 4,
        "start_time": "10:00",
        "duration_minutes": 30,
        "all_day": False,
        "recurrence": "weekly",
        "until_offset_days": 116,
        "excluded_offsets_days": [25],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": None,
        "department": "Vallensbæk Bibliotek",
        "audiences": ["boern", "familier"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang, plads til barnevogne og puslebord.",
        "image": {
            "label": "Eventyrstund",
            "alt": "Tegning af en stak billedbøger og en bamse på en pude",
        },
    },
    {
        "slug": "forfatteraften-paa-biblioteket",
        "title": "Forfatteraften: Krimi fra Køge Bugt",
        "summary": "En dansk krimiforfatter fortæller om sin nye bog, der foregår langs Køge Bugt. Med oplæsning og tid til spørgsmål.",
        "description": t(
            """
            Hvordan finder man på et mord, der kunne ske lige her? Forfatteren
            fortæller om at skrive krimier og om sine steder langs kysten.

            Der er kaffe og kage i pausen. Du kan købe bogen og få den
            signeret.
            """
        ),
        "start_offset_days": 24,
        "start_time": "19:30",
        "duration_minutes": 90,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": None,
        "department": "Vallensbæk Bibliotek",
        "audiences": ["voksne", "seniorer"],
        "is_free": False,
        "price_text": "60 kr.",
        "registration_url": "https://vallensbaek.dk/bibliotek/arrangementer",
        "registration_deadline_offset_days": 23,
        "capacity_note": "Plads til 70",
        "accessibility_info": "Niveaufri adgang, handicaptoilet og teleslynge i salen.",
        "image": {
            "label": "Forfatteraften",
            "alt": "Tegning af en stol på en scene med en læselampe",
        },
    },
    {
        "slug": "spilaften-paa-biblioteket",
        "title": "Spilaften på biblioteket",
        "summary": "Spil brætspil med naboer, venner og familie. Biblioteket har over 200 spil, og frivillige forklarer reglerne.",
        "description": t(
            """
            Tag familien eller vennerne med, eller kom alene og find nogen at
            spille med. Der er spil for alle aldre.

            Spillene kommer fra den tidligere Brætspilsklubben Terningen. Der
            er saft og kaffe.
            """
        ),
        "start_offset_days": 7,
        "start_time": "18:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": "monthly",
        "until_offset_days": 120,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": None,
        "department": "Vallensbæk Bibliotek",
        "audiences": ["familier", "unge", "voksne"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang og handicaptoilet.",
        "image": {
            "label": "Spilaften",
            "alt": "Tegning af et bord med brætspil og skåle med snacks",
        },
    },
    {
        "slug": "byg-en-robot-i-makervaerkstedet",
        "title": "Byg en robot i Makerværkstedet",
        "summary": "Børn fra 9 til 13 år bygger og programmerer en lille robot. Du behøver ikke have prøvet det før.",
        "description": t(
            """
            Vi bygger robotter af færdige byggesæt og programmerer dem på en
            tablet. Til sidst kører robotterne om kap på en bane.

            Du må gerne tage en voksen med, men det er ikke et krav.
            """
        ),
        "start_offset_days": 14,
        "start_time": "13:00",
        "duration_minutes": 180,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "vallensbaek-bibliotek",
        "address": "",
        "association": None,
        "department": "Vallensbæk Bibliotek",
        "audiences": ["boern"],
        "is_free": True,
        "price_text": "",
        "registration_url": "https://vallensbaek.dk/bibliotek/robot",
        "registration_deadline_offset_days": 12,
        "capacity_note": "Maks. 12 børn",
        "accessibility_info": "Makerværkstedet har niveaufri adgang og hæve-sænke-borde.",
        "image": {
            "label": "Byg en robot",
            "alt": "Tegning af en lille robot på hjul ved siden af en tablet",
        },
    },
    {
        "slug": "strandrydning-i-tranegilde",
        "title": "Fælles strandrydning i Tranegilde Strandpark",
        "summary": "Hjælp med at samle affald på stranden. Kommunen giver sække, handsker og gribetænger, og bagefter er der suppe.",
        "description": t(
            """
            Vi går langs stranden og samler affald. Det meste er plastik, som
            vandet har skyllet op. Strandrydderne fra Tranegilde viser vej.

            Børn er meget velkomne. Bagefter er der varm suppe ved bålhytten.
            """
        ),
        "start_offset_days": -5,
        "start_time": "10:00",
        "duration_minutes": 120,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": None,
        "address": "Parkeringspladsen ved Tranegilde Strandpark",
        "association": None,
        "department": "Teknik og Miljø",
        "audiences": ["alle", "familier"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Stien langs stranden er af fast grus. Selve stranden er sand.",
        "image": {
            "label": "Strandrydning",
            "alt": "Tegning af en strand med en sæk affald og en gribetang",
        },
    },
    {
        "slug": "musikskolens-elevkoncert",
        "title": "Musikskolens elevkoncert",
        "summary": "Elever fra Vallensbæk Musikskole spiller for familie og venner. Der er både begyndere og erfarne elever på scenen.",
        "description": t(
            """
            Eleverne viser, hvad de har lært. Der er klaver, guitar, violin,
            trommer og sang. Nogle elever spiller alene, andre i band.

            Koncerten varer cirka en time. Alle er velkomne.
            """
        ),
        "start_offset_days": -3,
        "start_time": "18:00",
        "duration_minutes": 75,
        "all_day": False,
        "recurrence": None,
        "until_offset_days": None,
        "excluded_offsets_days": [],
        "facility": "pilegaardsskolen",
        "address": "",
        "association": None,
        "department": "Vallensbæk Musikskole",
        "audiences": ["familier", "alle"],
        "is_free": True,
        "price_text": "",
        "registration_url": "",
        "registration_deadline_offset_days": None,
        "capacity_note": "",
        "accessibility_info": "Niveaufri adgang til aulaen og handicaptoilet.",
        "image": {
            "label": "Elevkoncert",
            "alt": "Tegning af en scene med en guitar, et trommesæt og et klaver",
        },
    },
]
