"""Local associations ("foreninger"). All names of people are fictional."""

from ._text import t

ASSOCIATIONS = [
    {
        "slug": "vallensbaek-badmintonklub",
        "title": "Vallensbæk Badmintonklub",
        "category": "sport",
        "summary": "Badminton for alle fra seks år. Vi har hold for børn, motionister og turneringsspillere i Idrætscenter Vallensbæk.",
        "description": t(
            """
            Vallensbæk Badmintonklub har spillet i byen i mange år. Vi har cirka
            250 medlemmer. De yngste er seks år, og de ældste er over 80.

            Vi har hold for børn, unge og voksne. Nogle spiller for sjov og
            motion. Andre spiller turneringer i hele Sjælland. Alle trænere er
            frivillige, og de fleste er selv tidligere spillere.

            Du kan låne en ketsjer de første gange. Kom bare forbi til en
            prøvetime.
            """
        ),
        "email": "kontakt@vallensbaek-badminton.dk",
        "phone": "22 45 61 08",
        "website": "https://www.vallensbaek-badminton.dk",
        "cvr": "72819616",
        "meeting_place": "idraetscenter-vallensbaek",
        "membership_info": t(
            """
            Børn og unge: 650 kr. pr. halvår. Voksne: 950 kr. pr. halvår.
            Motionister uden træner: 700 kr. pr. halvår. Du må prøve gratis to
            gange. Meld dig ind på hjemmesiden.
            """
        ),
        "active": True,
        "logo_initials": "VB",
    },
    {
        "slug": "svoemmeklubben-boelgen",
        "title": "Svømmeklubben Bølgen",
        "category": "sport",
        "summary": "Svømmeundervisning for børn og voksne, babysvømning og motionssvømning. Vi svømmer i Egholmskolens bassin.",
        "description": t(
            """
            Svømmeklubben Bølgen lærer børn og voksne at svømme. Vi starter med
            babysvømning og leg i vandet. Senere kan børnene gå på hold, hvor de
            lærer de forskellige svømmearter.

            Vi har også hold for voksne, som aldrig har lært at svømme. Her er
            der god tid og plads til at være nybegynder.

            Klubben drives af frivillige forældre og trænere. Vi mangler altid
            hjælpere på kanten.
            """
        ),
        "email": "info@svoemmeklubbenboelgen.dk",
        "phone": "31 17 42 90",
        "website": "https://www.svoemmeklubbenboelgen.dk",
        "cvr": "55010951",
        "meeting_place": "egholmskolen",
        "membership_info": t(
            """
            Babysvømning: 800 kr. for 12 gange. Børnehold: 1.100 kr. pr.
            sæson. Voksne begyndere: 900 kr. pr. sæson. Der er venteliste til
            nogle hold. Skriv dig op på hjemmesiden.
            """
        ),
        "active": True,
        "logo_initials": "SB",
    },
    {
        "slug": "vallensbaek-loebeklub",
        "title": "Vallensbæk Løbeklub",
        "category": "sport",
        "summary": "Vi løber sammen i Vallensbæk Mose og langs stranden. Der er hold for begyndere, øvede og dem, der vil gå-løbe.",
        "description": t(
            """
            Vallensbæk Løbeklub er for alle, der kan lide at løbe. Vi mødes ved
            Idrætscenter Vallensbæk og løber ture på fem til femten kilometer.
            Ruterne går gennem mosen og ud til Tranegilde Strandpark.

            Hvert forår starter vi et hold for nye løbere. Her begynder vi med
            at gå og løbe på skift. Ingen bliver ladt alene bag feltet.

            Efter turen er der kaffe og en snak i cafeteriet.
            """
        ),
        "email": "hej@vallensbaekloeb.dk",
        "phone": "40 28 13 77",
        "website": "https://www.vallensbaekloeb.dk",
        "cvr": "77314636",
        "meeting_place": "idraetscenter-vallensbaek",
        "membership_info": "300 kr. om året. Du må løbe med tre gange gratis, før du melder dig ind.",
        "active": True,
        "logo_initials": "VL",
    },
    {
        "slug": "kajakklubben-vallensbaek-havn",
        "title": "Kajakklubben Vallensbæk Havn",
        "category": "sport",
        "summary": "Havkajak og kajakpolo fra Havnehuset. Nye roere starter på et begynderkursus med fokus på sikkerhed.",
        "description": t(
            """
            Kajakklubben holder til i Havnehuset ved Vallensbæk Havn. Vi padler
            i havnen og langs kysten. Vi har både havkajakker og kajakker til
            polo.

            Alle nye medlemmer starter på et kursus. Her lærer du at padle og
            at redde dig selv og andre. Når du har bestået, må du padle med på
            klubbens ture.

            Vi har også et ungdomshold for unge fra 12 år.
            """
        ),
        "email": "bestyrelsen@kajakvallensbaek.dk",
        "phone": "26 90 55 14",
        "website": "https://www.kajakvallensbaek.dk",
        "cvr": "78793120",
        "meeting_place": "havnehuset",
        "membership_info": t(
            """
            Begynderkursus: 1.200 kr. inklusive lån af udstyr. Kontingent:
            1.500 kr. om året for voksne og 800 kr. for unge under 18.
            """
        ),
        "active": True,
        "logo_initials": "KV",
    },
    {
        "slug": "vallensbaek-kunstforening",
        "title": "Vallensbæk Kunstforening",
        "category": "culture",
        "summary": "Vi viser kunst af lokale og danske kunstnere på biblioteket og holder kunstaftener, ture og malehold.",
        "description": t(
            """
            Vallensbæk Kunstforening vil gøre kunst til en del af hverdagen. Vi
            laver fire udstillinger om året på Vallensbæk Bibliotek. Vi holder
            også foredrag og tager på ture til museer og gallerier.

            Hvert år køber foreningen kunst for medlemmernes kontingent. Til
            generalforsamlingen trækker vi lod om værkerne.

            Du behøver ikke vide noget om kunst for at være med. Nysgerrighed
            er nok.
            """
        ),
        "email": "kunst@vallensbaekkunst.dk",
        "phone": "28 64 30 52",
        "website": "https://www.vallensbaekkunst.dk",
        "cvr": "25978846",
        "meeting_place": "vallensbaek-bibliotek",
        "membership_info": "350 kr. om året for en person og 500 kr. for et par. Meld dig ind på en udstilling eller på hjemmesiden.",
        "active": True,
        "logo_initials": "VK",
    },
    {
        "slug": "vallensbaek-lokalhistoriske-forening",
        "title": "Vallensbæk Lokalhistoriske Forening",
        "category": "culture",
        "summary": "Vi samler fortællinger, fotos og viden om Vallensbæk fra landsbyen til i dag. Kom til byvandring eller åbent arkiv.",
        "description": t(
            """
            Vallensbæk har ændret sig meget. For 60 år siden var her mest marker
            og få huse. I dag bor her over 16.000 mennesker. Vi vil gerne gemme
            historien om den udvikling.

            Foreningen holder byvandringer i Vallensbæk Landsby og ved havnen.
            Vi samler også gamle fotos og interviewer borgere, der har boet her
            længe.

            Har du gamle billeder fra Vallensbæk? Så hører vi meget gerne fra
            dig.
            """
        ),
        "email": "historie@vallensbaekhistorie.dk",
        "phone": "43 64 18 20",
        "website": "https://www.vallensbaekhistorie.dk",
        "cvr": "17145541",
        "meeting_place": "vallensbaek-bibliotek",
        "membership_info": "150 kr. om året. Byvandringer er gratis og åbne for alle.",
        "active": True,
        "logo_initials": "LF",
    },
    {
        "slug": "koret-vallensbaek-stemmer",
        "title": "Koret Vallensbæk Stemmer",
        "category": "culture",
        "summary": "Et blandet kor for voksne, der synger pop, viser og danske sange. Du behøver ikke kunne læse noder.",
        "description": t(
            """
            Vallensbæk Stemmer er et kor med cirka 45 sangere. Vi synger alt fra
            danske sange til pop og gospel. Vi øver en gang om ugen i aulaen på
            Pilegårdsskolen.

            Du behøver ikke have sunget i kor før. Vores dirigent lærer os
            sangene, og vi øver stemmerne i små grupper.

            To gange om året giver vi koncert. Vi synger også på plejehjem og
            ved byens fester.
            """
        ),
        "email": "kor@vallensbaekstemmer.dk",
        "phone": "29 71 66 03",
        "website": "https://www.vallensbaekstemmer.dk",
        "cvr": None,
        "meeting_place": "pilegaardsskolen",
        "membership_info": "600 kr. pr. halvår. Kom og syng med to gange, før du beslutter dig.",
        "active": True,
        "logo_initials": "VS",
    },
    {
        "slug": "spejdergruppen-mosen",
        "title": "Spejdergruppen Mosen",
        "category": "children_youth",
        "summary": "Spejder for børn og unge fra 6 til 17 år. Vi laver bål, bygger, går på tur og lærer at klare os i naturen.",
        "description": t(
            """
            Spejdergruppen Mosen er for børn og unge, der kan lide at være ude.
            Vi mødes hver uge og er ude i al slags vejr. Vi laver mad over bål,
            binder knob og bygger med rafter.

            Børnene er delt i grupper efter alder. De ældste spejdere er med til
            at planlægge for de yngste.

            Vi tager på weekendture og på sommerlejr. Forældre er velkomne som
            hjælpere, og det kræver ingen erfaring.
            """
        ),
        "email": "gruppeleder@spejdermosen.dk",
        "phone": "51 33 20 48",
        "website": "https://www.spejdermosen.dk",
        "cvr": "48582540",
        "meeting_place": "baalhytten-tranegilde-strandpark",
        "membership_info": t(
            """
            550 kr. pr. halvår. Søskende får 25 procent rabat. Ture og lejre
            koster ekstra. Der er mulighed for støtte, så prisen ikke står i
            vejen.
            """
        ),
        "active": True,
        "logo_initials": "SM",
    },
    {
        "slug": "lektiecafe-vallensbaek",
        "title": "Lektiecafé Vallensbæk",
        "category": "children_youth",
        "summary": "Gratis hjælp til lektier for elever i 3.–10. klasse. Frivillige hjælper med dansk, matematik, engelsk og opgaver.",
        "description": t(
            """
            I Lektiecaféen kan børn og unge få hjælp til lektierne. Vi er en
            gruppe frivillige. Nogle er studerende, andre er pensionerede
            lærere.

            Caféen holder åbent på biblioteket hver uge. Der er frugt og saft,
            og man kan komme og gå, som man vil.

            Vil du være frivillig? Du skal kunne lide at hjælpe og have tid et
            par timer om ugen. Vi beder om en børneattest.
            """
        ),
        "email": "lektiecafe@vallensbaekfrivillig.dk",
        "phone": "42 19 07 63",
        "website": "https://www.vallensbaekfrivillig.dk/lektiecafe",
        "cvr": "26548292",
        "meeting_place": "vallensbaek-bibliotek",
        "membership_info": "Det er gratis at komme i Lektiecaféen. Frivillige bliver medlemmer uden kontingent.",
        "active": True,
        "logo_initials": "LC",
    },
    {
        "slug": "rollespilsforeningen-dragehulen",
        "title": "Rollespilsforeningen Dragehulen",
        "category": "children_youth",
        "summary": "Rollespil, brætspil og kreative værksteder for børn og unge fra 10 år. Vi syr kostumer og bygger skjolde.",
        "description": t(
            """
            Dragehulen er en forening for børn og unge, der elsker fantasi. Vi
            spiller rollespil i skoven og brætspil inden døre.

            I værkstedet bygger vi skjolde og sværd af skum. Vi syr også
            kostumer sammen. De unge er selv med til at skrive historierne.

            Foreningen er startet af forældre, og de unge sidder med i
            bestyrelsen.
            """
        ),
        "email": "dragehulen@rollespil-vallensbaek.dk",
        "phone": "60 24 81 39",
        "website": "https://www.rollespil-vallensbaek.dk",
        "cvr": None,
        "meeting_place": "vallensbaek-skole",
        "membership_info": "400 kr. pr. halvår. Første gang er gratis. Lån af udstyr er med i prisen.",
        "active": True,
        "logo_initials": "DH",
    },
    {
        "slug": "seniorklubben-pilegaarden",
        "title": "Seniorklubben Pilegården",
        "category": "seniors",
        "summary": "Fællesskab for seniorer med café, kortspil, udflugter og fællesspisning. Alle over 60 er velkomne.",
        "description": t(
            """
            Seniorklubben holder til i Pilegården. Vi har cirka 180 medlemmer.
            Klubben er for alle, der gerne vil være sammen med andre.

            Der er café hver dag. Vi spiller kort, billard og petanque. En gang
            om måneden spiser vi sammen, og vi tager på udflugter med bus.

            Det er medlemmerne selv, der driver klubben. Har du en idé til et
            nyt hold, så sig til.
            """
        ),
        "email": "seniorklubben@pilegaarden.dk",
        "phone": "43 64 55 10",
        "website": "https://www.pilegaarden.dk/seniorklubben",
        "cvr": "19256596",
        "meeting_place": "pilegaarden",
        "membership_info": "200 kr. om året. Udflugter og fællesspisning betales for sig. Meld dig ind i caféen.",
        "active": True,
        "logo_initials": "SP",
    },
    {
        "slug": "it-hjaelperne-vallensbaek",
        "title": "IT-hjælperne Vallensbæk",
        "category": "seniors",
        "summary": "Frivillige seniorer hjælper andre seniorer med mobil, tablet, MitID og e-Boks. Gratis og uden tidsbestilling.",
        "description": t(
            """
            IT-hjælperne er seniorer, der hjælper andre seniorer med det
            digitale. Vi hjælper med mobil, tablet og computer. Mange spørger
            om MitID, e-Boks og billeder.

            Vi har god tid. Du bestemmer selv tempoet, og du må gerne spørge
            om det samme flere gange.

            Vi holder åbent på biblioteket. Tag din egen mobil eller tablet med.
            """
        ),
        "email": "it-hjaelperne@vallensbaekfrivillig.dk",
        "phone": "42 19 07 64",
        "website": "https://www.vallensbaekfrivillig.dk/it-hjaelperne",
        "cvr": None,
        "meeting_place": "vallensbaek-bibliotek",
        "membership_info": "Det er gratis at få hjælp. Vil du være IT-hjælper, så skriv til os.",
        "active": True,
        "logo_initials": "IT",
    },
    {
        "slug": "mosens-venner",
        "title": "Mosens Venner",
        "category": "nature",
        "summary": "Vi passer på naturen i Vallensbæk Mose. Vi holder naturplejedage, fugleture og samler affald.",
        "description": t(
            """
            Mosens Venner er en forening for alle, der holder af Vallensbæk
            Mose. Mosen er hjem for mange fugle, frøer og planter. Vi vil være
            med til at passe på den.

            Vi holder naturplejedage, hvor vi fjerner pilekrat og invasive
            planter. Vi samarbejder med kommunen om det. Vi laver også fugleture
            og aftenture, hvor vi lytter efter frøer.

            Du behøver ikke vide noget om natur. Vi lærer af hinanden.
            """
        ),
        "email": "mosensvenner@vallensbaeknatur.dk",
        "phone": "53 80 11 46",
        "website": "https://www.vallensbaeknatur.dk",
        "cvr": "17249142",
        "meeting_place": None,
        "membership_info": "100 kr. om året. Alle kan deltage i naturplejedage, også uden at være medlem.",
        "active": True,
        "logo_initials": "MV",
    },
    {
        "slug": "groenne-haender-vallensbaek",
        "title": "Grønne Hænder Vallensbæk",
        "category": "nature",
        "summary": "En fælleshave i Pileparken, hvor naboer dyrker grøntsager og blomster sammen. Der er plads til nye haver.",
        "description": t(
            """
            Grønne Hænder driver en fælleshave i Pileparken. Her dyrker vi
            grøntsager, krydderurter og blomster til bier og sommerfugle.

            Haven er for alle generationer. Børnehaverne i nærheden har deres
            egne bede. Mange seniorer kommer for at lære fra sig.

            Vi mødes til fælles havedag hver anden uge. Her luger vi, sår og
            høster. Bagefter drikker vi kaffe under pæretræet.
            """
        ),
        "email": "haven@groennehaender.dk",
        "phone": "61 47 93 02",
        "website": "https://www.groennehaender.dk",
        "cvr": None,
        "meeting_place": None,
        "membership_info": "150 kr. om året og 100 kr. for et eget bed. Værktøj og frø er med i prisen.",
        "active": True,
        "logo_initials": "GH",
    },
    {
        "slug": "motion-for-livet",
        "title": "Motion for Livet",
        "category": "health",
        "summary": "Stille motion, gåture og balancetræning for dig, der har været syg eller er kommet lidt ud af form.",
        "description": t(
            """
            Motion for Livet er for voksne, der vil i gang med at bevæge sig.
            Mange af vores medlemmer har haft en sygdom. Andre er bare kommet
            ud af vane med motion.

            Vi går ture i Pileparken og træner balance i Pilegården. En
            fysioterapeut kommer en gang om måneden og giver gode råd.

            Alle går i deres eget tempo. Det vigtigste er, at vi har det godt
            sammen.
            """
        ),
        "email": "motionforlivet@vallensbaekfrivillig.dk",
        "phone": "42 19 07 65",
        "website": "https://www.vallensbaekfrivillig.dk/motion-for-livet",
        "cvr": "12690711",
        "meeting_place": "pilegaarden",
        "membership_info": "250 kr. om året. Du kan altid prøve at gå med én gang gratis.",
        "active": True,
        "logo_initials": "ML",
    },
    {
        "slug": "besoegsvennerne-vallensbaek",
        "title": "Besøgsvennerne Vallensbæk",
        "category": "social",
        "summary": "Frivillige besøgsvenner kommer på besøg hos ensomme ældre. Vi drikker kaffe, går en tur eller spiller kort.",
        "description": t(
            """
            Besøgsvennerne er frivillige, som besøger ældre, der føler sig
            alene. En besøgsven kommer typisk en gang om ugen i en time eller
            to.

            Hvad I laver, bestemmer I selv. Nogle drikker kaffe og snakker.
            Andre går en tur eller spiller kort.

            Vi matcher besøgsven og værtsperson ud fra interesser. Alle nye
            besøgsvenner får et kursus og en fast kontaktperson.
            """
        ),
        "email": "besoeg@vallensbaekfrivillig.dk",
        "phone": "42 19 07 66",
        "website": "https://www.vallensbaekfrivillig.dk/besoegsvenner",
        "cvr": "59604120",
        "meeting_place": "pilegaarden",
        "membership_info": "Det er gratis at få en besøgsven og gratis at være frivillig. Ring eller skriv til os.",
        "active": True,
        "logo_initials": "BV",
    },
    {
        "slug": "repair-cafe-vallensbaek",
        "title": "Repair Café Vallensbæk",
        "category": "other",
        "summary": "Tag din ødelagte brødrister, cykel eller bukser med. Frivillige hjælper dig med at reparere dem, så de ikke ender som affald.",
        "description": t(
            """
            I Repair Café reparerer vi ting sammen. Frivillige med gode hænder
            hjælper dig. Du er selv med til at skrue og sy.

            Vi fikser lamper, små elapparater, cykler, tøj og legetøj. Vi kan
            ikke love, at alt kan repareres. Men vi gør vores bedste.

            Caféen holdes i Makerværkstedet på biblioteket. Der er kaffe og
            kage, mens du venter.
            """
        ),
        "email": "repaircafe@vallensbaekfrivillig.dk",
        "phone": "42 19 07 67",
        "website": "https://www.vallensbaekfrivillig.dk/repaircafe",
        "cvr": None,
        "meeting_place": "vallensbaek-bibliotek",
        "membership_info": "Gratis. Reservedele betaler du selv. Vil du være reparatør, så kom forbi en dag.",
        "active": True,
        "logo_initials": "RC",
    },
    {
        "slug": "vallensbaek-havnefest",
        "title": "Foreningen Vallensbæk Havnefest",
        "category": "other",
        "summary": "Foreningen bag den årlige havnefest. Vi samler foreninger, butikker og frivillige til en dag med musik og aktiviteter.",
        "description": t(
            """
            Foreningen Vallensbæk Havnefest står bag den store fest ved havnen.
            Festen er gratis og for hele familien.

            Byens foreninger viser, hvad de laver. Der er musik, prøv-selv-
            aktiviteter og boder med mad. Lokale butikker og virksomheder
            støtter festen.

            Vi har brug for mange frivillige på selve dagen. Du kan hjælpe et
            par timer eller hele dagen.
            """
        ),
        "email": "havnefest@vallensbaekhavnefest.dk",
        "phone": "20 56 72 91",
        "website": "https://www.vallensbaekhavnefest.dk",
        "cvr": "97666121",
        "meeting_place": "havnehuset",
        "membership_info": "Medlemskab er gratis. Frivillige på festdagen får en T-shirt og mad.",
        "active": True,
        "logo_initials": "HF",
    },
    {
        "slug": "vallensbaek-modelskibsklub",
        "title": "Vallensbæk Modelskibsklub",
        "category": "other",
        "summary": "Klubben byggede og sejlede fjernstyrede modelskibe. Klubben holder pause, indtil der er fundet en ny bestyrelse.",
        "description": t(
            """
            Modelskibsklubben har i mange år bygget og sejlet modelskibe i
            søen ved Vallensbæk Mose.

            Klubben holder pause lige nu. Den gamle bestyrelse er stoppet, og
            vi leder efter nye kræfter. Har du lyst til at tage over, så skriv
            til os.
            """
        ),
        "email": "modelskibe@vallensbaekfrivillig.dk",
        "phone": "",
        "website": "",
        "cvr": None,
        "meeting_place": None,
        "membership_info": "Klubben optager ikke nye medlemmer i øjeblikket.",
        "active": False,
        "logo_initials": "MK",
    },
    {
        "slug": "braetspilsklubben-terningen",
        "title": "Brætspilsklubben Terningen",
        "category": "culture",
        "summary": "Brætspilsaftener for unge og voksne. Klubben er lukket, og medlemmerne spiller nu med i biblioteket.",
        "description": t(
            """
            Terningen holdt brætspilsaftener i mange år. Klubben er nu lukket.

            Biblioteket har overtaget klubbens spil. Der er spilaften på
            biblioteket, hvor alle kan være med.
            """
        ),
        "email": "",
        "phone": "",
        "website": "",
        "cvr": "60908850",
        "meeting_place": "vallensbaek-bibliotek",
        "membership_info": "Klubben er lukket.",
        "active": False,
        "logo_initials": "BT",
    },
]
