<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/errors.py" line="+52" />
        <source>Der opstod en fejl</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Tryghed Desktop stødte på en uventet fejl. Det, der allerede er gemt, er i behold.
Kopiér detaljerne og send dem til den, der hjælper med it.</source>
        <translation>Tryghed Desktop ran into an unexpected error. Everything already saved is safe.
Copy the details and send them to whoever helps you with IT.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Kopiér detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Kopieret</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/incident_dialog.py" line="+114" />
        <source>Registrér hændelse</source>
        <translation>Register incident</translation>
    </message>
    <message>
        <location line="+11" />
        <location line="+152" />
        <source>Mere (valgfrit) ▸</source>
        <translation>More (optional) ▸</translation>
    </message>
    <message>
        <location line="-143" />
        <source>Gem  (Ctrl+Enter)</source>
        <translation>Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Annullér</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Hvem var det? Fx 'ukendt pårørende'</source>
        <translation>Who was it? E.g. 'unknown relative'</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Vælg 1–5.</source>
        <translation>Choose 1–5.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Hvor skete det?</source>
        <translation>Where did it happen?</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Hvad foregik der lige før?</source>
        <translation>What was going on just before?</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidlige tegn vi så (fra risikoprofilen)</source>
        <translation>Early signs we saw (from the risk profile)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Det prøvede vi (fra risikoprofilen)</source>
        <translation>What we tried (from the risk profile)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ikke angivet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Højeste fase</source>
        <translation>Highest stage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nogen kom til skade</source>
        <translation>Somebody was injured</translation>
    </message>
    <message>
        <location line="+3" />
        <source> dage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+6" />
        <source>Fravær</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+3" />
        <source>efter skadedagen. Første fraværsdag:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="+7" />
        <source>Indberettet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location line="-12" />
        <source>Skade</source>
        <translation>Injury</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Politianmeldt</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Uden for arbejdstid</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Hvilket skema</source>
        <translation>Which form</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Magtanvendelse</source>
        <translation>Use of force</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Kort, med dine egne ord</source>
        <translation>Briefly, in your own words</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Mere (valgfrit) ▾</source>
        <translation>More (optional) ▾</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ukendt eller anden person</source>
        <translation>Unknown or other person</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Ingen godkendt risikoprofil med tidlige tegn.</source>
        <translation>No approved risk profile with early signs.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Ingen strategier i risikoprofilen.</source>
        <translation>No strategies in the risk profile.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Døgnrytme: %1</source>
        <translation>Daily rhythm: %1</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Type: vælg vold, trussel, chikane eller anden krænkende adfærd.</source>
        <translation>Type: choose violence, threat, harassment or other offensive behaviour.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alvor: vælg 1–5.</source>
        <translation>Severity: choose 1–5.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Hændelsen er ikke gemt endnu. Ret dette:</source>
        <translation>The incident is not saved yet. Correct this:</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Hændelsen er registreret. Psykisk førstehjælp senest %1.</source>
        <translation>The incident is registered. Psychological first aid by %1.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/main_window.py" line="+63" />
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find borger</source>
        <translation>&amp;Find resident</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Opdatér</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&amp;Hjælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Om Tryghed Desktop</source>
        <translation>&amp;About Tryghed Desktop</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sproget skifter, næste gang du starter Tryghed Desktop.</source>
        <translation>The language changes the next time you start Tryghed Desktop.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Om Tryghed Desktop</source>
        <translation>About Tryghed Desktop</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tryghed Desktop %1
Risikoprofiler, døgnrytme og tryghedsplaner for borgere.

Database: %2</source>
        <translation>Tryghed Desktop %1
Risk profiles, daily rhythms and safety plans for residents.

Database: %2</translation>
    </message>
    <message>
        <location line="+86" />
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="+162" />
        <source>Vis den godkendte</source>
        <translation>Show the approved one</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skjul kladden</source>
        <translation>Hide the draft</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Vis kladden</source>
        <translation>Show the draft</translation>
    </message>
</context>
<context>
    <name>ResidentHeader</name>
    <message>
        <location line="+46" />
        <source>Værelse %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Udskrevet</source>
        <translation>Discharged</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_model.py" line="+89" />
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kortnavn</source>
        <translation>Card name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Værelse</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+42" />
        <source>værelse %1</source>
        <translation>room %1</translation>
    </message>
</context>
<context>
    <name>ResidentListPane</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_list.py" line="+137" />
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Find borger…</source>
        <translation>Find resident…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Find borger</source>
        <translation>Find resident</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skriv en del af navnet eller kortnavnet (Ctrl+F)</source>
        <translation>Type part of the name or card name (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Borgere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Afdeling</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+33" />
        <source>Alle afdelinger (%1)</source>
        <translation>All units (%1)</translation>
    </message>
    <message>
        <location line="+67" />
        <source>Der er ingen borgere i denne afdeling.</source>
        <translation>There are no residents in this unit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen borgere passer til »%1«.</source>
        <translation>No residents match “%1”.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>1 borger</source>
        <translation>1 resident</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 borgere</source>
        <translation>%1 residents</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 af %2 borgere</source>
        <translation>%1 of %2 residents</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="+42" />
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Vælg en borger</source>
        <translation>Choose a resident</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Skriv en del af navnet i feltet »Find borger…« (Ctrl+F), og tryk Enter for at åbne.</source>
        <translation>Type part of the name in the “Find resident…” field (Ctrl+F) and press Enter to open.</translation>
    </message>
</context>
<context>
    <name>VersionHistoryModel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/history_model.py" line="+65" />
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Indsendt</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Godkendt/returneret</source>
        <translation>Approved/returned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Revision senest</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Oprettet %1 af %2</source>
        <translation>Created %1 by %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Indsendt %1 af %2</source>
        <translation>Submitted %1 by %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/app.py" line="+65" />
        <source>Databasen kunne ikke åbnes</source>
        <translation>The database could not be opened</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/domain_labels.py" line="+32" />
        <source>Risikoprofil</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Døgnrytme</source>
        <translation>Daily rhythm</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tryghedsplan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Middel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Høj</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Grøn</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rød</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blå</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sådan har jeg det godt</source>
        <translation>This is me feeling well</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tidlige tegn</source>
        <translation>Early signs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Akut</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Efter en hændelse</source>
        <translation>After an incident</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afventer godkendelse</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Returneret</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Afløst</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Det gør mig tryg</source>
        <translation>What makes me feel safe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det gør mig utryg</source>
        <translation>What makes me feel unsafe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mine faresignaler</source>
        <translation>My warning signs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det hjælper mig</source>
        <translation>What helps me</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det vil jeg gerne have, at I gør</source>
        <translation>What I would like you to do</translation>
    </message>
</context>
<context>
    <name>plan_html</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/plan_html.py" line="+46" />
        <source>Samlet risiko</source>
        <translation>Overall risk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alarm og hvem vi ringer til</source>
        <translation>Alarm and who we call</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+155" />
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="-154" />
        <source>Døgnrytmen har ingen tidsrum.</source>
        <translation>The daily rhythm has no time slots.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Med mine ord</source>
        <translation>In my own words</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personalets blik</source>
        <translation>How staff see it</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Der er ingen aktiviteter beskrevet.</source>
        <translation>No activities are described.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Trin</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risici</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="+1" />
        <source>KLADDE – IKKE GODKENDT</source>
        <translation>DRAFT – NOT APPROVED</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ingen kontaktpersoner registreret.</source>
        <translation>No contact persons registered.</translation>
    </message>
    <message>
        <location line="+93" />
        <source>Sådan ser det ud</source>
        <translation>What it looks like</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det gør vi</source>
        <translation>What we do</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det undgår vi</source>
        <translation>What we avoid</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Det kan jeg selv</source>
        <translation>What I can do myself</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Udløsende faktorer</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Risikosituationer</source>
        <translation>Risk situations</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Regler for bemanding</source>
        <translation>Staffing rules</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Styrker og beskyttende faktorer</source>
        <translation>Strengths and protective factors</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Sådan støtter vi</source>
        <translation>How we support</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Vær opmærksom på</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 har ikke været med til at lave planen.</source>
        <translation>%1 did not take part in making the plan.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 er ikke enig i planen.</source>
        <translation>%1 does not agree with the plan.</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Aftalte signaler og ord</source>
        <translation>Agreed signals and words</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dem vil jeg gerne have, at I kontakter</source>
        <translation>People I would like you to contact</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Personale: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4" />
        <source>godkendt %1 af %2</source>
        <translation>approved %1 by %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>revision senest %1</source>
        <translation>review by %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>senest ændret %1</source>
        <translation>last changed %1</translation>
    </message>
    <message>
        <location line="+31" />
        <source>Ingen godkendt version</source>
        <translation>No approved version</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Ingen revision planlagt</source>
        <translation>No review scheduled</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Næste revision</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
</context>
<context>
    <name>resident_page</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="-218" />
        <source>Der er endnu ingen godkendt risikoprofil for %1.</source>
        <translation>There is no approved risk profile for %1 yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Der er endnu ingen godkendt døgnrytme for %1.</source>
        <translation>There is no approved daily rhythm for %1 yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Der er endnu ingen godkendt tryghedsplan for %1.</source>
        <translation>There is no approved safety plan for %1 yet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Der er endnu ingen godkendte aktivitetsbeskrivelser for %1.</source>
        <translation>There are no approved activity descriptions for %1 yet.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Version %1 afventer godkendelse – indsendt %2 af %3.</source>
        <translation>Version %1 is awaiting approval – submitted %2 by %3.</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+7" />
        <location line="+11" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Version %1 er returneret %2 af %3.</source>
        <translation>Version %1 was returned %2 by %3.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Rådgiverens kommentar: »%1«</source>
        <translation>The advisor’s comment: “%1”</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Der er en kladde (version %1), senest ændret %2 af %3.</source>
        <translation>There is a draft (version %1), last changed %2 by %3.</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/status.py" line="+65" />
        <location line="+17" />
        <source>Revision overskredet</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location line="-11" />
        <source>Revision snart</source>
        <translation>Review soon</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen godkendt plan</source>
        <translation>No approved plan</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Revisionen skulle have været senest %1.</source>
        <translation>The review was due by %1.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Revision senest %1</source>
        <translation>Review by %1</translation>
    </message>
    <message>
        <location line="+20" />
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Godkendt af %1, %2</source>
        <translation>Approved by %1, %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Ingen plan endnu</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ingen godkendt version</source>
        <translation>No approved version</translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Skriv et navn på aktiviteten.</source>
        <translation>Enter a name for the activity.</translation>
    </message>
    <message>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Trin</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Risici</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Trin og risici</source>
        <translation>Steps and risks</translation>
    </message>
</context>
<context>
    <name>DailyRhythmEditor</name>
    <message>
        <source>Tidsrum</source>
        <translation>Time slots</translation>
    </message>
    <message>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Betegnelse</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Aktivitet</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Sådan støtter vi</source>
        <translation>How we support</translation>
    </message>
    <message>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Del tidsrum</source>
        <translation>Split slot</translation>
    </message>
    <message>
        <source>Del det valgte tidsrum på midten (Ctrl+D)</source>
        <translation>Split the selected slot in the middle (Ctrl+D)</translation>
    </message>
    <message>
        <source>Slå sammen med næste</source>
        <translation>Merge with next</translation>
    </message>
    <message>
        <source>Slå sammen med det næste (Ctrl+J)</source>
        <translation>Merge with the next one (Ctrl+J)</translation>
    </message>
    <message>
        <source>Skriv en betegnelse, fx »Morgen«.</source>
        <translation>Enter a label, e.g. “Morning”.</translation>
    </message>
    <message>
        <source>Sluttiden er før starttiden. Kun ét tidsrum (natten) kan gå over midnat.</source>
        <translation>The end time is before the start time. Only one slot (the night) can run past midnight.</translation>
    </message>
    <message>
        <source>Ingen tidsrum endnu. Tryk Insert for at tilføje det første.</source>
        <translation>No time slots yet. Press Insert to add the first one.</translation>
    </message>
    <message>
        <source>Hul %1</source>
        <translation>Gap %1</translation>
    </message>
    <message>
        <source>Overlap %1</source>
        <translation>Overlap %1</translation>
    </message>
    <message>
        <source>✓ Hele døgnet er dækket, uden huller og overlap.</source>
        <translation>✓ The whole day is covered, without gaps or overlaps.</translation>
    </message>
    <message>
        <source>Slå tidsrum sammen</source>
        <translation>Merge time slots</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <source>Ret tekst</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <source>Ret værdi</source>
        <translation>Change value</translation>
    </message>
    <message>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Flyt</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Ændringer er ikke gemt</source>
        <translation>Changes are not saved</translation>
    </message>
    <message>
        <source>Du har ændringer, som ikke er gemt. Vil du gemme dem?</source>
        <translation>You have changes that are not saved. Do you want to save them?</translation>
    </message>
    <message>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Fortsæt redigering</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>Der er ændringer, som ikke blev gemt (fra %1). Vil du hente dem tilbage?</source>
        <translation>There are changes that were not saved (from %1). Do you want to recover them?</translation>
    </message>
    <message>
        <source>Hent ikke-gemte ændringer</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>Hent dem tilbage</source>
        <translation>Recover them</translation>
    </message>
    <message>
        <source>Kassér dem</source>
        <translation>Discard them</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>tomt</source>
        <translation>empty</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n ord</source>
        <translation>
            <numerusform>⚠ %n word</numerusform>
            <numerusform>⚠ %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ord</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>+ Tilføj</source>
        <translation>+ Add</translation>
    </message>
    <message>
        <source>Tilføj punkt (Insert eller Enter)</source>
        <translation>Add item (Insert or Enter)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet punkt (Delete)</source>
        <translation>Delete item (Delete)</translation>
    </message>
    <message>
        <source>Flyt op (Ctrl+Pil op)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flyt ned (Ctrl+Pil ned)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Punkt %1 er tomt. Skriv noget, eller slet det med Delete.</source>
        <translation>Item %1 is empty. Type something, or delete it with Delete.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message numerus="yes">
        <source>%n ord – over grænsen</source>
        <translation>
            <numerusform>%n word – over the limit</numerusform>
            <numerusform>%n words – over the limit</numerusform>
        </translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>KindEditor</name>
    <message>
        <source>Navn eller rolle</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Redigér %1 – %2</source>
        <translation>Edit %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Nyt punkt	Insert / Enter</source>
        <translation>New item	Insert / Enter</translation>
    </message>
    <message>
        <source>Ret punkt	F2</source>
        <translation>Edit item	F2</translation>
    </message>
    <message>
        <source>Slet punkt	Delete</source>
        <translation>Delete item	Delete</translation>
    </message>
    <message>
        <source>Flyt punkt op	Ctrl+Pil op</source>
        <translation>Move item up	Ctrl+Up</translation>
    </message>
    <message>
        <source>Flyt punkt ned	Ctrl+Pil ned</source>
        <translation>Move item down	Ctrl+Down</translation>
    </message>
    <message>
        <source>&amp;Gå til</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>Advarsler om læsbarhed</source>
        <translation>Readability warnings</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>%1 version %2 · startet af %3 den %4</source>
        <translation>%1 version %2 · started by %3 on %4</translation>
    </message>
    <message>
        <source>Ikke gemt – sikkerhedskopi %1</source>
        <translation>Not saved – safety copy %1</translation>
    </message>
    <message>
        <source>Hent ikke-gemte ændringer</source>
        <translation>Recover unsaved changes</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>&amp;Advarsler (Enter viser punktet)</source>
        <translation>&amp;Warnings (Enter shows the item)</translation>
    </message>
    <message>
        <source>Læsbarhed</source>
        <translation>Readability</translation>
    </message>
    <message>
        <source>Handlekortet</source>
        <translation>The action card</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; ord · LIX &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; words · LIX &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Mod godkendt: %1 ord · LIX %2</source>
        <translation>Against approved: %1 words · LIX %2</translation>
    </message>
    <message>
        <source>Ingen godkendt version at sammenligne med.</source>
        <translation>No approved version to compare with.</translation>
    </message>
    <message>
        <source>Grænser: %1 ord pr. punkt, LIX %2 pr. afsnit.</source>
        <translation>Limits: %1 words per item, LIX %2 per section.</translation>
    </message>
    <message>
        <source>%1: et punkt har %2 ord – »%3«</source>
        <translation>%1: an item has %2 words – “%3”</translation>
    </message>
    <message>
        <source>%1: LIX %2 – svær at læse</source>
        <translation>%1: LIX %2 – hard to read</translation>
    </message>
    <message>
        <source>Ingen advarsler. Planen er kort og let at læse.</source>
        <translation>No warnings. The plan is short and easy to read.</translation>
    </message>
    <message>
        <source>%1 % af siden</source>
        <translation>%1 % of the page</translation>
    </message>
    <message>
        <source>For meget tekst: kortet skrives med mindre skrift. Gør punkterne kortere.</source>
        <translation>Too much text: the card is printed in smaller type. Make the items shorter.</translation>
    </message>
    <message>
        <source>Kortet kan læses på en armslængdes afstand.</source>
        <translation>The card can be read at arm's length.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>+ Tilføj</source>
        <translation>+ Add</translation>
    </message>
    <message>
        <source>Tilføj række (Insert)</source>
        <translation>Add row (Insert)</translation>
    </message>
    <message>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Slet række (Delete)</source>
        <translation>Delete row (Delete)</translation>
    </message>
    <message>
        <source>Flyt op (Ctrl+Pil op)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <source>Flyt ned (Ctrl+Pil ned)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <source>Række %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>RiskProfileEditor</name>
    <message>
        <source>Samlet risiko</source>
        <translation>Overall risk</translation>
    </message>
    <message>
        <source>Skriv en kort begrundelse for niveauet.</source>
        <translation>Write a short reason for the level.</translation>
    </message>
    <message>
        <source>Samlet risiko:</source>
        <translation>Overall risk:</translation>
    </message>
    <message>
        <source>Begrundelse (én linje)</source>
        <translation>Reason (one line)</translation>
    </message>
    <message>
        <source>Sådan ser det ud</source>
        <translation>How it looks</translation>
    </message>
    <message>
        <source>Det gør vi</source>
        <translation>What we do</translation>
    </message>
    <message>
        <source>Det undgår vi</source>
        <translation>What we avoid</translation>
    </message>
    <message>
        <source>Det kan jeg selv</source>
        <translation>What I can do myself</translation>
    </message>
    <message>
        <source>Udløsende faktorer</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <source>Styrker og beskyttende faktorer</source>
        <translation>Strengths and protective factors</translation>
    </message>
    <message>
        <source>Udløsende faktorer og styrker</source>
        <translation>Triggers and strengths</translation>
    </message>
    <message>
        <source>Risikosituationer</source>
        <translation>Risk situations</translation>
    </message>
    <message>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Bemanding</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <source>Alarm og bemanding</source>
        <translation>Alarm and staffing</translation>
    </message>
    <message>
        <source>Hvem ringer vi til</source>
        <translation>Who we call</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <source>Med mine ord</source>
        <translation>In my own words</translation>
    </message>
    <message>
        <source>Personalets blik</source>
        <translation>The staff's view</translation>
    </message>
    <message>
        <source>Aftalte tegn og ord</source>
        <translation>Agreed signals and words</translation>
    </message>
    <message>
        <source>Mine kontaktpersoner</source>
        <translation>My contact persons</translation>
    </message>
    <message>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Skriv hvorfor borgeren ikke deltog eller ikke er enig.</source>
        <translation>Write why the resident did not take part or does not agree.</translation>
    </message>
    <message>
        <source>Borgeren har deltaget i planen</source>
        <translation>The resident took part in the plan</translation>
    </message>
    <message>
        <source>Borgeren er enig i planen</source>
        <translation>The resident agrees with the plan</translation>
    </message>
    <message>
        <source>Begrundelse, hvis ikke</source>
        <translation>Reason, if not</translation>
    </message>
    <message>
        <source>Deltagelse og enighed</source>
        <translation>Participation and agreement</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Skriv navn eller rolle.</source>
        <translation>Enter a name or role.</translation>
    </message>
    <message>
        <source>Et telefonnummer må kun have tal og mellemrum.</source>
        <translation>A phone number may only contain digits and spaces.</translation>
    </message>
    <message>
        <source>Et telefonnummer skal have 8 cifre, fx 70 20 30 40.</source>
        <translation>A phone number must have 8 digits, e.g. 70 20 30 40.</translation>
    </message>
    <message>
        <source>Punktet er tomt. Skriv noget, eller slet det med Delete.</source>
        <translation>The item is empty. Type something, or delete it with Delete.</translation>
    </message>
</context>
</TS>