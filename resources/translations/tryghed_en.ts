<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="da">
<context>
    <name>ActionPlanView</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/action_plan_view.py" line="+350"/>
        <source>Tiltag for et trygt arbejdsmiljø: hvad vi gør, hvem der er ansvarlig, og hvornår det skal være gjort. Tiltag med overskredet frist er markeret.</source>
        <translation>Measures for a safe working environment: what we do, who is responsible, and when it must be done. Measures past their deadline are marked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alle afdelinger</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kun åbne tiltag</source>
        <translation>Open measures only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nyt tiltag…</source>
        <translation>New measure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ret…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udskriv status…</source>
        <translation>Print status…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n tiltag vist</source>
        <translation>
            <numerusform>%n measure shown</numerusform>
            <numerusform>%n measures shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n med overskredet frist</source>
        <translation>
            <numerusform>%n past its deadline</numerusform>
            <numerusform>%n past their deadline</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vælg et tiltag i listen først.</source>
        <translation>Choose a measure in the list first.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Handleplan – status</source>
        <translation>Action plan – status</translation>
    </message>
</context>
<context>
    <name>ActivitiesEditor</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/activities.py" line="+20"/>
        <location line="+15"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv et navn på aktiviteten.</source>
        <translation>Enter a name for the activity.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>Trin</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Risici</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Trin og risici</source>
        <translation>Steps and risks</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/users_dialog.py" line="+86"/>
        <source>Tilføj bruger</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulde navn</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stilling</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Første adgangskode</source>
        <translation>First password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/backup_dialog.py" line="+58"/>
        <source>Backup og gendannelse</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backupper ligger i %1 (alle fra det sidste døgn, én pr. dag i 7 dage, én pr. uge i 4 uger).</source>
        <translation>Backups are kept in %1 (all from the last 24 hours, one a day for 7 days, one a week for 4 weeks).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag backup nu</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gendan valgt…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Der er ingen backup endnu. Tryk »Tag backup nu«.</source>
        <translation>There is no backup yet. Press “Back up now”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup gemt: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gendannet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasen er gendannet fra %1. Den tidligere er gemt som %2. Start Tryghed Desktop igen.</source>
        <translation>The database has been restored from %1. The previous one is saved as %2. Start Tryghed Desktop again.</translation>
    </message>
</context>
<context>
    <name>CardPrintDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/print_dialog.py" line="+37"/>
        <source>Handlekort (risikoprofil)</source>
        <translation>Action card (risk profile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Døgnrytme på én side</source>
        <translation>Daily rhythm on one page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tryghedsplan på én side</source>
        <translation>Safety plan on one page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidlige tegn – tjekliste</source>
        <translation>Early signs – checklist</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Udskriv</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vis fulde navn (ellers kun kortnavn)</source>
        <translation>Show full name (otherwise card name only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis kladden i stedet</source>
        <translation>Show the draft instead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem som Word…</source>
        <translation>Save as Word…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Kortet kan ikke være på én side, fordi planen er for lang. Bed koordinatoren om at forkorte den.</source>
        <translation>The card cannot fit on one page because the plan is too long. Ask the coordinator to shorten it.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Word-dokument (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/password_dialog.py" line="+94"/>
        <location line="+10"/>
        <source>Skift adgangskode</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Nuværende adgangskode</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny adgangskode (mindst 8 tegn)</source>
        <translation>New password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentag den nye</source>
        <translation>Repeat the new one</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De to nye adgangskoder er ikke ens.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/conflict.py" line="+69"/>
        <source>Planen er ændret af en anden</source>
        <translation>The plan was changed by someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>en anden</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gemte planen %2, mens du skrev. Sammenlign de to versioner og vælg, hvad der gælder.</source>
        <translation>%1 saved the plan %2 while you were writing. Compare the two versions and choose which one applies.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afsnit</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min version (ikke gemt)</source>
        <translation>My version (not saved)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gemt af %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Behold min</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag den anden</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilbage til redigering</source>
        <translation>Back to editing</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>»Tag den anden« viser den gemte version; din egen tekst kan hentes tilbage med Fortryd (Ctrl+Z).</source>
        <translation>“Take theirs” shows the saved version; your own text comes back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>»Behold min« gemmer din tekst, og den andens kladde bliver erstattet. En kopi af den andens tekst gemmes i loggen, så intet går tabt.</source>
        <translation>“Keep mine” saves your text and replaces their draft. A copy of their text is kept in the log, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planen er sendt til godkendelse og kan ikke gemmes over. Kopiér din tekst, hvis du vil bruge den senere.</source>
        <translation>The plan has been submitted for approval and cannot be saved over. Copy your text if you want to use it later.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den anden version er godkendt og bliver i historikken. »Behold min« gemmer din tekst som en ny kladde.</source>
        <translation>The other version is approved and stays in the history. “Keep mine” saves your text as a new draft.</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/login_dialog.py" line="+213"/>
        <source>Opret administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fulde navn</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskode (mindst 8 tegn)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentag adgangskoden</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opret og log ind</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>De to adgangskoder er ikke ens.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>DailyRhythmEditor</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/daily_rhythm.py" line="+40"/>
        <location line="+23"/>
        <source>Tidsrum</source>
        <translation>Time slots</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Betegnelse</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sådan støtter vi</source>
        <translation>How we support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vær opmærksom på</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+74"/>
        <source>Del tidsrum</source>
        <translation>Split slot</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Del det valgte tidsrum på midten (Ctrl+D)</source>
        <translation>Split the selected slot in the middle (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slå sammen med næste</source>
        <translation>Merge with next</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slå sammen med det næste (Ctrl+J)</source>
        <translation>Merge with the next one (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Skriv en betegnelse, fx »Morgen«.</source>
        <translation>Enter a label, e.g. “Morning”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sluttiden er før starttiden. Kun ét tidsrum (natten) kan gå over midnat.</source>
        <translation>The end time is before the start time. Only one slot (the night) can run past midnight.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen tidsrum endnu. Tryk Insert for at tilføje det første.</source>
        <translation>No time slots yet. Press Insert to add the first one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hul %1</source>
        <translation>Gap %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overlap %1</source>
        <translation>Overlap %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✓ Hele døgnet er dækket, uden huller og overlap.</source>
        <translation>✓ The whole day is covered, without gaps or overlaps.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ %1 står efter %2: sæt tidsrummene i tidsorden (↑ ↓).</source>
        <translation>⚠ %1 comes after %2: put the time slots in clock order (↑ ↓).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>et tidsrum</source>
        <translation>a time slot</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Slå tidsrum sammen</source>
        <translation>Merge time slots</translation>
    </message>
</context>
<context>
    <name>DeletionDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/deletion_dialog.py" line="+50"/>
        <source>Slet fraflyttede borgere</source>
        <translation>Delete residents who moved out</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Når en borger er flyttet, gemmes planer, hændelser og log i en periode. Derefter skal oplysningerne slettes. Hændelserne bliver i statistikken uden navn og tekst. Det, der er slettet, kan ikke hentes tilbage.</source>
        <translation>When a resident has moved out, their plans, incidents and log are kept for a period. After that the data must be deleted. The incidents stay in the statistics without name or text. What is deleted cannot be brought back.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gem oplysninger efter fraflytning i</source>
        <translation>Keep data after moving out for</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Borger</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fraflyttet</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kan slettes fra</source>
        <translation>Can be deleted from</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Slet borgeren…</source>
        <translation>Delete the resident…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> år</source>
        <comment>one</comment>
        <translation> year</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> år</source>
        <comment>many</comment>
        <translation> years</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Ingen fraflyttede borgere er flyttet for mere end %n år siden.</source>
        <translation>
            <numerusform>No resident moved out more than %n year ago.</numerusform>
            <numerusform>No resident moved out more than %n years ago.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Perioden er gemt.</source>
        <translation>The period is saved.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>Slet %1</source>
        <translation>Delete %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Slet %1 for altid? Planer, gamle planer og log om %1 slettes og kan ikke hentes tilbage. Hændelserne bliver i statistikken uden navn og tekst.

Backups taget før i dag har stadig oplysningerne, til de bliver slettet.</source>
        <translation>Delete %1 for good? Plans, old plans and the log about %1 are deleted and cannot be brought back. The incidents stay in the statistics without name or text.

Backups taken before today still hold the data until they are deleted.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%1 er slettet. %n hændelse(r) er i statistikken uden navn og tekst.</source>
        <translation>
            <numerusform>%1 is deleted. %n incident is in the statistics without name or text.</numerusform>
            <numerusform>%1 is deleted. %n incidents are in the statistics without name or text.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DropDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/dialogs.py" line="+24"/>
        <source>Står allerede et andet sted i planen</source>
        <translation>Already elsewhere in the plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baggrund – ikke noget, man handler efter</source>
        <translation>Background – not something to act on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gentagelse</source>
        <translation>Repetition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forældet – gælder ikke længere</source>
        <translation>Out of date – no longer applies</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Udelad stykket</source>
        <translation>Leave out the piece</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hvorfor udelades det? (vises for rådgiveren)</source>
        <translation>Why is it left out? (shown to the advisor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udelad</source>
        <translation>Leave out</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/commands.py" line="+26"/>
        <source>Ret tekst</source>
        <translation>Edit text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ret værdi</source>
        <translation>Change value</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tilføj</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Flyt</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/prompts.py" line="+29"/>
        <source>Ændringer er ikke gemt</source>
        <translation>Changes are not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du har ændringer, som ikke er gemt. Vil du gemme dem?</source>
        <translation>You have changes that are not saved. Do you want to save them?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fortsæt redigering</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Der er ændringer, som ikke blev gemt (fra %1). Vil du hente dem tilbage?</source>
        <translation>There are changes that were not saved (from %1). Do you want to recover them?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hent ikke-gemte ændringer</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hent dem tilbage</source>
        <translation>Recover them</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kassér dem</source>
        <translation>Discard them</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/errors.py" line="+56"/>
        <source>Databasen svarer ikke</source>
        <translation>The database does not answer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasen svarer ikke lige nu. Det, der allerede er gemt, er i behold.
Prøv igen om lidt. Sker det igen, så kopiér detaljerne og send dem til administratoren.</source>
        <translation>The database does not answer right now. What is already saved is kept.
Try again in a moment. If it happens again, copy the details and send them to the administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der opstod en fejl</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tryghed Desktop stødte på en uventet fejl. Det, der allerede er gemt, er i behold.
Kopiér detaljerne og send dem til den, der hjælper med it.</source>
        <translation>Tryghed Desktop ran into an unexpected error. Everything already saved is safe.
Copy the details and send them to whoever helps you with IT.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kopiér detaljer</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kopieret</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/login_dialog.py" line="-65"/>
        <source>Velkommen til Tryghed Desktop</source>
        <translation>Welcome to Tryghed Desktop</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er tom. Prøv programmet med det opdigtede demo-bosted, eller tag det i brug ved at oprette den første administrator.</source>
        <translation>The database is empty. Try the program with the made-up demo facility, or start using it by creating the first administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prøv demo-bostedet</source>
        <translation>Try the demo facility</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opret administrator…</source>
        <translation>Create administrator…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/follow_up_dialog.py" line="+86"/>
        <source>Opfølgning på hændelse</source>
        <translation>Incident follow-up</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Du kan se opfølgningen. Personale og koordinatorer krydser trinene af.</source>
        <translation>You can see the follow-up. Staff and coordinators tick the steps.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Psykisk førstehjælp senest %1</source>
        <translation>Psychological first aid by %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Arbejdsskade anmeldes senest %1</source>
        <translation>Report occupational injury by %1</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Defusing gennemført</source>
        <translation>Defusing done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debriefing tilbudt</source>
        <translation>Debriefing offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontakt om psykisk førstehjælp</source>
        <translation>Contact about psychological first aid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbejdsskade anmeldt</source>
        <translation>Occupational injury reported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Politianmeldt</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgning afsluttet</source>
        <translation>Follow-up closed</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Ret registreringen…</source>
        <translation>Correct the registration…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opfølgningen er afsluttet; hændelsen kan ikke ændres.</source>
        <translation>The follow-up is closed; the incident cannot be changed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afslut opfølgning</source>
        <translation>Finish follow-up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kun en koordinator kan afslutte opfølgningen.</source>
        <translation>Only a coordinator can close the follow-up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Ikke krydset af: %1. En afsluttet opfølgning kan ikke ændres bagefter.</source>
        <translation>Not ticked: %1. A finished follow-up cannot be changed afterwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afslut alligevel</source>
        <translation>Finish anyway</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Opfølgningen blev afsluttet %1. Den kan ikke ændres.</source>
        <translation>The follow-up was finished %1. It cannot be changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 – overskredet</source>
        <translation>%1 – overdue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Ingen ændringer endnu.</source>
        <translation>No changes yet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>alvor %1</source>
        <translation>severity %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Det, du har krydset af, er ikke gemt. Vil du lukke uden at gemme?</source>
        <translation>What you ticked is not saved. Do you want to close without saving?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Luk uden at gemme</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/incident_dialog.py" line="+147"/>
        <source>Registrér hændelse</source>
        <translation>Register incident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ret hændelse</source>
        <translation>Correct incident</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+197"/>
        <source>Mere (valgfrit) ▸</source>
        <translation>More (optional) ▸</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Gem  (Ctrl+Enter)</source>
        <translation>Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem ændringer  (Ctrl+Enter)</source>
        <translation>Save changes  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Vælg borger…</source>
        <translation>Choose resident…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>V</source>
        <comment>tast for vold</comment>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T</source>
        <comment>tast for trussel</comment>
        <translation>T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C</source>
        <comment>tast for chikane</comment>
        <translation>H</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A</source>
        <comment>tast for anden krænkende adfærd</comment>
        <translation>O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F</source>
        <comment>tast for fysisk</comment>
        <translation>P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <comment>tast for verbal (sproglig)</comment>
        <translation>V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <comment>tast for digital</comment>
        <translation>D</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vælg 1–5.</source>
        <translation>Choose 1–5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hvor skete det?</source>
        <translation>Where did it happen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Hvad foregik der lige før?</source>
        <translation>What was going on just before?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Tidlige tegn vi så (fra risikoprofilen)</source>
        <translation>Early signs we saw (from the risk profile)</translation>
    </message>
    <message>
        <location line="-191"/>
        <location line="+192"/>
        <source>Det prøvede vi (fra risikoprofilen)</source>
        <translation>What we tried (from the risk profile)</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Ikke angivet</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Højeste fase</source>
        <translation>Highest stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nogen kom til skade</source>
        <translation>Somebody was injured</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> dage</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fravær</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>efter skadedagen. Første fraværsdag:</source>
        <translation>after the day of injury. First day of absence:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indberettet</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 (%2) – fraflyttet</source>
        <translation>%1 (%2) – moved out</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Tidlige tegn vi så (fra risikoprofilen, version %1, som gjaldt da)</source>
        <translation>Early signs we saw (from the risk profile, version %1, in force then)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det prøvede vi (fra risikoprofilen, version %1, som gjaldt da)</source>
        <translation>What we tried (from the risk profile, version %1, in force then)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Hvem: vælg borgeren, eller »Ukendt eller anden person«.</source>
        <translation>Who: choose the resident, or “Unknown or other person”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hvor: skriv hvor det skete.</source>
        <translation>Where: write where it happened.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Hændelsen er ikke gemt. Vil du kassere den?</source>
        <translation>The incident is not saved. Do you want to discard it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsæt registreringen</source>
        <translation>Continue the registration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Hændelsen er rettet: %1.</source>
        <translation>The incident was corrected: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intet er ændret.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>Skade</source>
        <translation>Injury</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>Ved ikke</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjalp</source>
        <translation>Helped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjalp ikke</source>
        <translation>Did not help</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Hvem var det? Fx »ukendt pårørende«</source>
        <translation>Who was it? E.g. “unknown relative”</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Politianmeldt</source>
        <translation>Reported to the police</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uden for arbejdstid</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hvilket skema</source>
        <translation>Which form</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Magtanvendelse</source>
        <translation>Use of force</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kort, med dine egne ord</source>
        <translation>Briefly, in your own words</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mere (valgfrit) ▾</source>
        <translation>More (optional) ▾</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Ukendt eller anden person</source>
        <translation>Unknown or other person</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Ingen godkendt risikoprofil med tidlige tegn.</source>
        <translation>No approved risk profile with early signs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ingen strategier i risikoprofilen.</source>
        <translation>No strategies in the risk profile.</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+74"/>
        <source>Døgnrytme: %1</source>
        <translation>Daily rhythm: %1</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Type: vælg vold, trussel, chikane eller anden krænkende adfærd.</source>
        <translation>Type: choose violence, threat, harassment or other offensive behaviour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alvor: vælg 1–5.</source>
        <translation>Severity: choose 1–5.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hændelsen er ikke gemt endnu. Ret dette:</source>
        <translation>The incident is not saved yet. Correct this:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ændringen er ikke gemt endnu. Ret dette:</source>
        <translation>The change is not saved yet. Correct this:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hændelsen er registreret. Psykisk førstehjælp senest %1.</source>
        <translation>The incident is registered. Psychological first aid by %1.</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/incident_model.py" line="+68"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Døgnrytme</source>
        <translation>Daily rhythm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Afsluttet %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overskredet: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psykisk førstehjælp senest %1</source>
        <translation>Psychological first aid by %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Arbejdsskade anmeldes senest %1</source>
        <translation>Report occupational injury by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klar til at blive afsluttet</source>
        <translation>Ready to be closed</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/item_list.py" line="+137"/>
        <source>tomt</source>
        <translation>empty</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>⚠ %n ord</source>
        <translation>
            <numerusform>⚠ %n word</numerusform>
            <numerusform>⚠ %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+78"/>
        <source>+ Tilføj</source>
        <translation>+ Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilføj punkt (Insert eller Enter)</source>
        <translation>Add item (Insert or Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slet punkt (Delete)</source>
        <translation>Delete item (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt op (Ctrl+Pil op)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt ned (Ctrl+Pil ned)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Punkt %1 er tomt. Skriv noget, eller slet det med Delete.</source>
        <translation>Item %1 is empty. Type something, or delete it with Delete.</translation>
    </message>
</context>
<context>
    <name>ItemListModel</name>
    <message numerus="yes">
        <location line="-242"/>
        <source>%n ord – over grænsen</source>
        <translation>
            <numerusform>%n word – over the limit</numerusform>
            <numerusform>%n words – over the limit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>KindEditor</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/kind_editor.py" line="+39"/>
        <source>Navn eller rolle</source>
        <translation>Name or role</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/lock_screen.py" line="+88"/>
        <source>Skærmen er låst</source>
        <translation>The screen is locked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 er logget ind. Skriv adgangskoden for at fortsætte, hvor du slap.</source>
        <translation>%1 is logged in. Enter the password to continue where you left off.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lås op</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift bruger</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/login_dialog.py" line="-120"/>
        <source>Log ind med dit eget brugernavn og din adgangskode.</source>
        <translation>Log in with your own username and password.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Log ind</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Det er ikke den bruger, der er logget ind.</source>
        <translation>That is not the user who is logged in.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Forkert brugernavn eller adgangskode.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For mange forkerte forsøg. Brugeren er låst til kl. %1. Prøv igen derefter, eller bed en administrator om at låse dig op.</source>
        <translation>Too many wrong attempts. The user is locked until %1. Try again then, or ask an administrator to unlock you.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n forsøg tilbage, før brugeren låses i 5 minutter.</source>
        <translation>
            <numerusform>%n attempt left before the user is locked for 5 minutes.</numerusform>
            <numerusform>%n attempts left before the user is locked for 5 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brugeren er deaktiveret. Kontakt en administrator.</source>
        <translation>The user is deactivated. Contact an administrator.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/main_window.py" line="+119"/>
        <source>&amp;Filer</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afslut</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find borger</source>
        <translation>&amp;Find resident</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Opdatér</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis &amp;fraflyttede borgere</source>
        <translation>Show &amp;residents who moved out</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Hændelser</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registrér hændelse…</source>
        <translation>&amp;Register incident…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registrér vold, trussel eller chikane (Ctrl+H)</source>
        <translation>Register violence, threat or harassment (Ctrl+H)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handlinger</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sprog</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Om Tryghed Desktop</source>
        <translation>&amp;About Tryghed Desktop</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Borgere</source>
        <translation>Re&amp;sidents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Planer</source>
        <translation>&amp;Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Udskriv</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>H&amp;jælp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Værk&amp;tøjer</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Skift &amp;adgangskode…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log &amp;ud</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brugere…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sprog</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sproget skifter, næste gang du starter Tryghed Desktop.</source>
        <translation>The language changes the next time you start Tryghed Desktop.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Om Tryghed Desktop</source>
        <translation>About Tryghed Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tryghed Desktop %1
Risikoprofiler, døgnrytme og tryghedsplaner for borgere.

Database: %2</source>
        <translation>Tryghed Desktop %1
Risk profiles, daily rhythms and safety plans for residents.

Database: %2</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Planen er godkendt.</source>
        <translation>The plan is approved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planen er returneret.</source>
        <translation>The plan has been returned.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planen er ikke ændret, siden rådgiveren returnerede den. Se rådgiverens bemærkninger og ret planen først, eller send den uændret.</source>
        <translation>The plan has not changed since the advisor returned it. Read the advisor&apos;s notes and revise the plan first, or send it unchanged.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send uændret</source>
        <translation>Send unchanged</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Planen er sendt til godkendelse.</source>
        <translation>The plan has been sent for approval.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 har en hændelse, der ikke er gemt. Skifter du bruger, går den tabt.</source>
        <translation>%1 has an incident that is not saved. If you switch user, it is lost.</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+108"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skift bruger alligevel</source>
        <translation>Switch user anyway</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Din adgangskode er skiftet.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Det lykkedes ikke</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>MeasureDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/action_plan_view.py" line="-288"/>
        <source>Ret tiltag</source>
        <translation>Edit measure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nyt tiltag</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hvad gør vi? Fx »Fast punkt om hændelser på personalemødet«</source>
        <translation>What do we do? E.g. “Incidents as a standing item at the staff meeting”</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Hele bostedet</source>
        <translation>The whole facility</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+50"/>
        <source>Tiltag</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Ingen frist</source>
        <translation>No deadline</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Afsluttet den</source>
        <translation>Finished on</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spor</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Om borger</source>
        <translation>About resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Tiltaget er ikke gemt. Vil du lukke uden at gemme?</source>
        <translation>The measure is not saved. Close without saving?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilbage</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk uden at gemme</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 har ændret tiltaget imens. Tryk Gem igen for at gemme din udgave i stedet.</source>
        <translation>%1 changed the measure meanwhile. Press Save again to save your version instead.</translation>
    </message>
</context>
<context>
    <name>MeasureModel</name>
    <message>
        <location line="-201"/>
        <source>Tiltag</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spor</source>
        <translation>Track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemærkning</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OVERSKREDET</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hele bostedet</source>
        <translation>The whole facility</translation>
    </message>
</context>
<context>
    <name>MoveOutDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_dialogs.py" line="+168"/>
        <source>Fraflyt %1</source>
        <translation>%1 moves out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 forsvinder fra listen, og der kan ikke printes handlekort. Planer, hændelser og historik gemmes. Tag de gamle handlekort ned fra væggen.</source>
        <translation>%1 leaves the list, and no action cards can be printed. Plans, incidents and history are kept. Take the old action cards off the wall.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n plan(er) under arbejde venter, til borgeren flytter ind igen.</source>
        <translation>
            <numerusform>%n plan in progress waits until the resident moves back in.</numerusform>
            <numerusform>%n plans in progress wait until the resident moves back in.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Fraflyttet den</source>
        <translation>&amp;Moved out on</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fraflyt</source>
        <translation>Move out</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/users_dialog.py" line="+21"/>
        <source>Ny adgangskode til %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny adgangskode</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>OriginalTrail</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/original_trail.py" line="+42"/>
        <source>Gem rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rapporten kunne ikke gemmes: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Forenklet fra »%1«: %2 stykker tekst – %3 placeret i planen, %4 beholdt i fuld beskrivelse, %5 udeladt.</source>
        <translation>Simplified from “%1”: %2 pieces of text – %3 placed in the plan, %4 kept in the full description, %5 left out.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Placeret i %1: »%2«</source>
        <translation>Placed in %1: “%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Udeladt: %1</source>
        <translation>Left out: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✎ Bemærkning ved »%1«</source>
        <translation>✎ Note on “%1”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Den gamle tekst</source>
        <translation>The old text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad blev det til</source>
        <translation>What became of it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gem forenklingsrapport (PDF)…</source>
        <translation>Save the simplification report (PDF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>»%1« · importeret %2 af %3</source>
        <translation>“%1” · imported %2 by %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alt herfra står i planen.</source>
        <translation>Everything from here is in the plan.</translation>
    </message>
</context>
<context>
    <name>OriginalTrailView</name>
    <message>
        <location line="+33"/>
        <source>Vis kun det, der ikke står i planen (beholdt og udeladt)</source>
        <translation>Show only what is not in the plan (kept and left out)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Den gamle tekst, stykke for stykke</source>
        <translation>The old text, piece by piece</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/overview_page.py" line="+105"/>
        <source>Afventer min godkendelse: %1</source>
        <translation>Awaiting my approval: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afventer min godkendelse: intet.</source>
        <translation>Awaiting my approval: none.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Returneret til mig: %1</source>
        <translation>Returned to me: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returneret til mig: intet.</source>
        <translation>Returned to me: none.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revision inden 30 dage eller overskredet: %1</source>
        <translation>Review within 30 days or overdue: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision inden 30 dage eller overskredet: intet.</source>
        <translation>Review within 30 days or overdue: none.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OVERSKREDET</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snart</source>
        <translation>soon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision %1 (%2)</source>
        <translation>review %1 (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hændelser tyder på, at risikoprofilen bør revideres: %1</source>
        <translation>Incidents suggest the risk profile should be revised: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hændelser tyder på, at risikoprofilen bør revideres: ingen.</source>
        <translation>Incidents suggest the risk profile should be revised: none.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revision i gang: %1</source>
        <translation>Revision in progress: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Fraflyttede borgere, hvis oplysninger skal slettes: %1</source>
        <translation>Residents who moved out whose data must be deleted: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fraflyttede borgere, hvis oplysninger skal slettes: ingen.</source>
        <translation>Residents who moved out whose data must be deleted: none.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fraflyttet %1</source>
        <translation>moved out %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>version %1, %2 af %3</source>
        <translation>version %1, %2 by %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kommentar: »%1«</source>
        <translation>Comment: “%1”</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>og %n bemærkning(er) ved afsnit</source>
        <translation>
            <numerusform>and %n note by section</numerusform>
            <numerusform>and %n notes by section</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/tryghed_desktop/ui/status.py" line="+146"/>
        <source>%n hændelse(r) siden planen blev godkendt %1</source>
        <translation>
            <numerusform>%n incident since the plan was approved %1</numerusform>
            <numerusform>%n incidents since the plan was approved %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alvor %1 den %2</source>
        <translation>Severity %1 on %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>og %1 til med alvor %2 eller mere</source>
        <translation>and %1 more of severity %2 or more</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/passphrase_dialog.py" line="+23"/>
        <source>Krypteret database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasen %1 er krypteret. Skriv nøglen for at åbne den.</source>
        <translation>The database %1 is encrypted. Enter the key to open it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nøgle</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/password_dialog.py" line="-42"/>
        <source>Adgangskode</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/dialogs.py" line="+15"/>
        <source>Indsæt tekst</source>
        <translation>Paste text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indsæt den lange beskrivelse her (Ctrl+V)</source>
        <translation>Paste the long description here (Ctrl+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importér</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/print_dialog.py" line="-155"/>
        <source>Udskriv…  (Ctrl+P)</source>
        <translation>Print…  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem som PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PieceListModel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/piece_model.py" line="+41"/>
        <source>Forslag: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intet forslag – vælg selv</source>
        <translation>No suggestion – choose yourself</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forslag: %1 (%2)</source>
        <translation>Suggestion: %1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Placeret i %1: »%2«</source>
        <translation>Placed in %1: »%2«</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Udeladt: %1</source>
        <translation>Left out: %1</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/dialogs.py" line="-106"/>
        <source>Placér i planen</source>
        <translation>Place in the plan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ny tid i døgnrytmen: %1</source>
        <translation>New time in the daily rhythm: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Originalen:</source>
        <translation>The original:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv det kort – sådan skal det stå i planen:</source>
        <translation>Write it briefly – as it should appear in the plan:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Felt:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Placér (Ctrl+Enter)</source>
        <translation>Place (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kort nok</source>
        <translation>short enough</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gerne kortere (højst 12 ord)</source>
        <translation>shorter if possible (at most 12 words)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ord – %2</source>
        <translation>%1 words – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Står ikke i din tekst: %1. Skriv det med, eller placér det et andet sted.</source>
        <translation>⚠ Not in your text: %1. Include it, or place it somewhere else.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/shell.py" line="+95"/>
        <source>Redigér %1 – %2</source>
        <translation>Edit %1 – %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Gem</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Luk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redigér</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nyt punkt	Insert / Enter</source>
        <translation>New item	Insert / Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ret punkt	F2</source>
        <translation>Edit item	F2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet punkt	Delete</source>
        <translation>Delete item	Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt punkt op	Ctrl+Pil op</source>
        <translation>Move item up	Ctrl+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt punkt ned	Ctrl+Pil ned</source>
        <translation>Move item down	Ctrl+Down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gå til</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Advarsler om læsbarhed</source>
        <translation>Readability warnings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ikke gemt</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+109"/>
        <location line="+24"/>
        <location line="+6"/>
        <source>Gemt</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>%1 version %2 · startet af %3 den %4</source>
        <translation>%1 version %2 · started by %3 on %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke gemt – sikkerhedskopi %1</source>
        <translation>Not saved – safety copy %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Hent ikke-gemte ændringer</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Planen er ændret af en anden. Din tekst er ikke gemt endnu.</source>
        <translation>The plan was changed by someone else. Your text is not saved yet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tag den andens version</source>
        <translation>Take their version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du ser nu den gemte version. Din egen tekst kan hentes tilbage med Fortryd (Ctrl+Z).</source>
        <translation>You now see the saved version. Your own text comes back with Undo (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Planen er ændret i Forenkl tekst, mens du skrev. Når du gemmer, viser Tryghed Desktop begge udgaver, og du vælger.</source>
        <translation>The plan was changed in Simplify text while you wrote. When you save, Tryghed Desktop shows both versions and you choose.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tekst fra Forenkl tekst</source>
        <translation>Text from Simplify text</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="+160"/>
        <source>Send til godkendelse</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gennemse og godkend…</source>
        <translation>Review and approve…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Vis den godkendte</source>
        <translation>Show the approved one</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skjul kladden</source>
        <translation>Hide the draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skjul den indsendte</source>
        <translation>Hide the submitted version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vis kladden</source>
        <translation>Show the draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis den indsendte</source>
        <translation>Show the submitted version</translation>
    </message>
</context>
<context>
    <name>ReadabilityDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/readability_dialog.py" line="+50"/>
        <source>Grænser for læsbarhed</source>
        <translation>Readability limits</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Når du redigerer en plan, får du en advarsel, hvis en tekst bliver svær at læse. Advarslen stopper ikke noget. Grænserne gælder for hele bostedet, fra næste gang en plan åbnes.</source>
        <translation>When you edit a plan, you get a warning if a text becomes hard to read. The warning does not stop anything. The limits apply to the whole facility, from the next time a plan is opened.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> ord</source>
        <translation> words</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Højst &amp;antal ord pr. punkt</source>
        <translation>Maximum &amp;words per item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Længere punkter får en advarsel: et kort punkt kan læses i ét blik, også når det brænder på.</source>
        <translation>Longer items get a warning: a short item can be read at a glance, even when things get tense.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Højst &amp;LIX pr. afsnit</source>
        <translation>Maximum &amp;LIX per section</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIX er et tal for, hvor svær en tekst er: lange sætninger og lange ord giver et højt tal (en avisartikel ligger omkring 40). Afsnit over grænsen får en advarsel.</source>
        <translation>LIX is a number for how hard a text is: long sentences and long words give a high number (a newspaper article is around 40). Sections above the limit get a warning.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gendan standard</source>
        <translation>Restore defaults</translation>
    </message>
</context>
<context>
    <name>ReadabilityPanel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/readability_panel.py" line="+58"/>
        <source>Advarsler</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Advarsler (Enter viser punktet)</source>
        <translation>&amp;Warnings (Enter shows the item)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Læsbarhed</source>
        <translation>Readability</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handlekortet</source>
        <translation>The action card</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&lt;b&gt;%1&lt;/b&gt; ord · LIX &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; words · LIX &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mod godkendt: %1 ord · LIX %2</source>
        <translation>Against approved: %1 words · LIX %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen godkendt version at sammenligne med.</source>
        <translation>No approved version to compare with.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grænser: %1 ord pr. punkt, LIX %2 pr. afsnit.</source>
        <translation>Limits: %1 words per item, LIX %2 per section.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: et punkt har %2 ord – »%3«</source>
        <translation>%1: an item has %2 words – “%3”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: LIX %2 – svær at læse</source>
        <translation>%1: LIX %2 – hard to read</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen advarsler. Planen er kort og let at læse.</source>
        <translation>No warnings. The plan is short and easy to read.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 % af siden</source>
        <translation>%1 % of the page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kortet er på én side, men med mindre skrift. Kortere punkter giver større skrift.</source>
        <translation>The card fits one page, but in smaller type. Shorter items give larger type.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kortet kan læses på en armslængdes afstand.</source>
        <translation>The card can be read at arm&apos;s length.</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/record_table.py" line="+231"/>
        <source>+ Tilføj</source>
        <translation>+ Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tilføj række (Insert)</source>
        <translation>Add row (Insert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Slet række (Delete)</source>
        <translation>Delete row (Delete)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt op (Ctrl+Pil op)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt ned (Ctrl+Pil ned)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Række %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>ResidentActions</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_actions.py" line="+48"/>
        <source>&amp;Ny borger…</source>
        <translation>&amp;New resident…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ret oplysninger…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fraflyt…</source>
        <translation>&amp;Move out…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flyt &amp;ind igen…</source>
        <translation>Move back &amp;in…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Udlevér borgerens oplysninger…</source>
        <translation>&amp;Hand over the resident&apos;s data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt, hvad der er gemt om borgeren, i én ZIP-fil: når borgeren beder om indsigt</source>
        <translation>Everything kept about the resident in one ZIP file: when the resident asks to see their data</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+7"/>
        <source>Flyt ind igen</source>
        <translation>Move back in</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Flytter %1 ind igen? Planerne er, som de var ved fraflytningen.</source>
        <translation>Is %1 moving back in? The plans are as they were when %1 moved out.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Gem oplysningerne om %1</source>
        <translation>Save the data about %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ZIP-fil (*.zip)</source>
        <translation>ZIP file (*.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Oplysningerne samles…</source>
        <translation>Gathering the data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Udlevér borgerens oplysninger</source>
        <translation>Hand over the resident&apos;s data</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Oplysningerne om %1 er gemt i
%2</source>
        <translation>The data about %1 is saved in
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Pakken har %n planversion(er),</source>
        <translation>
            <numerusform>The package has %n plan version,</numerusform>
            <numerusform>The package has %n plan versions,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hændelse(r),</source>
        <translation>
            <numerusform>%n incident,</numerusform>
            <numerusform>%n incidents,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tiltag i handleplanen,</source>
        <translation>
            <numerusform>%n measure in the action plan,</numerusform>
            <numerusform>%n measures in the action plan,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n logpost(er)</source>
        <translation>
            <numerusform>%n log entry</numerusform>
            <numerusform>%n log entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>og %n gammel plan(er).</source>
        <translation>
            <numerusform>and %n old plan.</numerusform>
            <numerusform>and %n old plans.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Læs teksterne igennem, før du udleverer pakken: planer og hændelser kan nævne andre borgere eller pårørende. Giv den kun til borgeren eller den, borgeren har givet lov. Filen laes-mig.txt i pakken siger, hvad den indeholder.</source>
        <translation>Read the texts through before you hand the package over: plans and incidents may name other residents or relatives. Give it only to the resident or to someone the resident has allowed. The file laes-mig.txt in the package says what it holds.</translation>
    </message>
</context>
<context>
    <name>ResidentFactsDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_dialogs.py" line="-148"/>
        <source>Ny borger</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oplysninger om %1</source>
        <translation>Details of %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Vælg afdeling…</source>
        <translation>Choose unit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Én pr. linje, fx: Mor: Hanne, 20 30 40 50</source>
        <translation>One per line, e.g.: Mother: Hanne, 20 30 40 50</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Står på handlekortet på væggen: fornavn eller initialer.</source>
        <translation>Printed on the action card on the wall: first name or initials.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kortnavn</source>
        <translation>&amp;Card name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Afdeling</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Værelse</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>K&amp;ontaktpersoner</source>
        <translation>C&amp;ontact persons</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opret</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ResidentHeader</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="+57"/>
        <source>Værelse %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fraflyttet %1</source>
        <translation>Moved out %1</translation>
    </message>
</context>
<context>
    <name>ResidentListModel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_model.py" line="+120"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kortnavn</source>
        <translation>Card name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Værelse</source>
        <translation>Room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>værelse %1</source>
        <translation>room %1</translation>
    </message>
</context>
<context>
    <name>ResidentListPane</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_list.py" line="+138"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find borger…</source>
        <translation>Find resident…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find borger</source>
        <translation>Find resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv en del af navnet eller kortnavnet (Ctrl+F)</source>
        <translation>Type part of the name or card name (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Borgere</source>
        <translation>Residents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Afdeling</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alle afdelinger (%1)</source>
        <translation>All units (%1)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Der er ingen borgere i denne afdeling.</source>
        <translation>There are no residents in this unit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen her passer til »%1«. Vælg »Alle afdelinger« for at søge i alle.</source>
        <translation>Nobody here matches “%1”. Choose “All units” to search them all.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ingen borgere passer til »%1«.</source>
        <translation>No residents match “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 borger</source>
        <translation>1 resident</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 borgere</source>
        <translation>%1 residents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(heraf %1 fraflyttede)</source>
        <translation>(%1 of them moved out)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 af %2 borgere</source>
        <translation>%1 of %2 residents</translation>
    </message>
</context>
<context>
    <name>ResidentPage</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="+76"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hændelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Jeg har læst planerne</source>
        <translation>I have read the plans</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Du har læst de gældende planer %1.</source>
        <translation>You read the current plans on %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke læst af: %1</source>
        <translation>Not read by: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle medarbejdere har læst de gældende planer.</source>
        <translation>All staff members have read the current plans.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hændelser (%1)</source>
        <translation>Incidents (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Siden risikoprofilen blev godkendt %1: %n hændelse(r), %2 med alvor %3 eller mere.</source>
        <translation>
            <numerusform>Since the risk profile was approved %1: %n incident, %2 of severity %3 or more.</numerusform>
            <numerusform>Since the risk profile was approved %1: %n incidents, %2 of severity %3 or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/retention_dialog.py" line="+27"/>
        <source>Opbevaring af log</source>
        <translation>Keeping the log</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loggen gemmer logins, og hvem der har søgt efter, åbnet og printet borgere og hændelser. Den slags poster slettes, når de er ældre end grænsen her; det sker, næste gang Tryghed Desktop startes. Ændringer, godkendelser, registreringer og eksport af planer gemmes altid.</source>
        <translation>The log records logins and who searched for, opened and printed residents and incidents. Such entries are deleted when they are older than the limit here; that happens the next time Tryghed Desktop starts. Changes, approvals, registrations and exports of plans are always kept.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> måneder</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> måned</source>
        <translation> month</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Gem adgangsposter i</source>
        <translation>Keep access entries for</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReturnNotes</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/return_notes.py" line="+34"/>
        <source>✎ Rådgiverens bemærkning til »%1«</source>
        <translation>✎ The advisor’s note on “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✎ Rådgiverens bemærkninger</source>
        <translation>✎ The advisor’s notes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Returneret %1 af %2.</source>
        <translation>Returned %1 by %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rådgiverens kommentar: »%1«</source>
        <translation>The advisor’s comment: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rådgiverens bemærkninger står i rammer over de afsnit, de handler om.</source>
        <translation>The advisor’s notes are framed above the sections they are about.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bemærkninger ved afsnit, der ikke længere hedder sådan:</source>
        <translation>Notes on sections that no longer have that name:</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/review_dialog.py" line="+371"/>
        <source>Godkendelse: %1 – %2</source>
        <translation>Approval: %1 – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2. Version %3 indsendt %4 af %5.</source>
        <translation>%1, %2. Version %3 submitted %4 by %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Vis kun afsnit med ændringer</source>
        <translation>Show only sections with changes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ændringer side om side</source>
        <translation>Changes side by side</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ændringer i planen</source>
        <translation>Changes to the plan</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Fra den gamle plan (%n stykke(r) tekst)</source>
        <translation>
            <numerusform>From the old plan (%n piece of text)</numerusform>
            <numerusform>From the old plan (%n pieces of text)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hvad skal rettes i dette afsnit? Kort og konkret.</source>
        <translation>What should be changed in this section? Short and concrete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gem bemærkning</source>
        <translation>Save note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gem bemærkningen ved afsnittet (Ctrl+Enter)</source>
        <translation>Save the note on the section (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern bemærkning</source>
        <translation>Remove note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk feltet uden at gemme (Esc)</source>
        <translation>Close the field without saving (Esc)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Kommentar til koordinatoren om hele planen. Når du returnerer: skriv her eller ved et afsnit.</source>
        <translation>Comment for the coordinator on the whole plan. When you return it: write here or on a section.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Godkend…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returnér</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemærkninger ved afsnit</source>
        <translation>Notes on sections</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Næste revision senest</source>
        <translation>Next review by</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ingen. Skriv en bemærkning med »✎ Skriv bemærkning« ved et afsnit.</source>
        <translation>None. Write a note with “✎ Write note” at a section.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Bemærkning ved afsnittet »%1«</source>
        <translation>Note on the section “%1”</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Bemærkningen er ikke gemt. Vil du kassere den?</source>
        <translation>The note is not kept yet. Discard it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsæt bemærkningen</source>
        <translation>Go on with the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kassér</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Din kommentar og dine bemærkninger er ikke sendt. Vil du lukke og kassere dem?</source>
        <translation>Your comment and notes have not been sent. Do you want to close and discard them?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsæt gennemgangen</source>
        <translation>Continue the review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Luk og kassér</source>
        <translation>Close and discard</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Du har skrevet bemærkninger ved afsnit. De når kun koordinatoren, når du returnerer planen. Returnér den, eller fjern bemærkningerne for at godkende.</source>
        <translation>You have written notes on sections. They only reach the coordinator when you return the plan. Return it, or remove the notes to approve.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skriv din adgangskode for at godkende version %1. Det er din underskrift.</source>
        <translation>Enter your password to approve version %1. This is your signature.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Godkend</source>
        <translation>Approve</translation>
    </message>
</context>
<context>
    <name>RiskProfileEditor</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/risk_profile.py" line="+40"/>
        <location line="+21"/>
        <source>Samlet risiko</source>
        <translation>Overall risk</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Skriv en kort begrundelse for niveauet.</source>
        <translation>Write a short reason for the level.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Samlet risiko:</source>
        <translation>Overall risk:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Begrundelse (én linje)</source>
        <translation>Reason (one line)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sådan ser det ud</source>
        <translation>How it looks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det gør vi</source>
        <translation>What we do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det undgår vi</source>
        <translation>What we avoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det kan jeg selv</source>
        <translation>What I can do myself</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Udløsende faktorer</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Styrker og beskyttende faktorer</source>
        <translation>Strengths and protective factors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udløsende faktorer og styrker</source>
        <translation>Triggers and strengths</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Risikosituationer</source>
        <translation>Risk situations</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemanding</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm og bemanding</source>
        <translation>Alarm and staffing</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Hvem ringer vi til</source>
        <translation>Who we call</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/users_dialog.py" line="+10"/>
        <source>Roller for %1</source>
        <translation>Roles of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gem</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SafetyPlanEditor</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/safety_plan.py" line="+24"/>
        <source>Med mine ord</source>
        <translation>In my own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalets blik</source>
        <translation>The staff&apos;s view</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Aftalte tegn og ord</source>
        <translation>Agreed signs and words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine kontaktpersoner</source>
        <translation>My contact persons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv hvorfor borgeren ikke deltog eller ikke er enig.</source>
        <translation>Write why the resident did not take part or does not agree.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Borgeren har deltaget i planen</source>
        <translation>The resident took part in the plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borgeren er enig i planen</source>
        <translation>The resident agrees with the plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Begrundelse, hvis ikke</source>
        <translation>Reason, if not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deltagelse og enighed</source>
        <translation>Participation and agreement</translation>
    </message>
</context>
<context>
    <name>SimplifyWindow</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/window.py" line="+267"/>
        <source>Forenkl tekst</source>
        <translation>Simplify text</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Original:</source>
        <translation>&amp;Original:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importér fil…</source>
        <translation>Import file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indsæt tekst…</source>
        <translation>Paste text…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forenkl den godkendte plan</source>
        <translation>Simplify the approved plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lav rapport…</source>
        <translation>Make report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortryd</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gentag</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Deler teksten op … %p %</source>
        <translation>Splitting the text … %p %</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Originalen, stykke for stykke&lt;/b&gt;</source>
        <translation>&lt;b&gt;The original, piece by piece&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter: placér · K: behold i fuld beskrivelse · D: udelad · ⌫: fortryd stykket · træk til et felt</source>
        <translation>Enter: place · K: keep in full description · D: leave out · ⌫: undo the piece · drag to a field</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Felter i kladden&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fields in the draft&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Forenkl en teksttung plan</source>
        <translation>Simplify a text-heavy plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importér en beskrivelse (Word eller tekst), indsæt tekst, eller forenkl den godkendte plan.</source>
        <translation>Import a description (Word or text), paste text, or simplify the approved plan.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forenkling – %1 · %2</source>
        <translation>Simplification – %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Original: %1 · importeret %2 af %3 · gemt i fuld længde ved borgeren</source>
        <translation>Original: %1 · imported %2 by %3 · kept in full length with the resident</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 af %2 ikke behandlet</source>
        <translation>%1 of %2 not handled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alle %2 behandlet</source>
        <translation>all %2 handled</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Før: %1 ord · LIX %2 · %3</source>
        <translation>Before: %1 words · LIX %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efter: %1 ord · LIX %2 · %3</source>
        <translation>After: %1 words · LIX %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 af %2 stykker behandlet</source>
        <translation>%1 of %2 pieces handled</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Denne original er færdig, men kladden kan først sendes, når %1 også er færdig. Vælg den under »Original«.</source>
        <translation>This original is finished, but the draft can only be sent when %1 is finished too. Choose it under “Original”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>✔ Alle stykker er behandlet – kladden kan sendes til godkendelse.</source>
        <translation>✔ All pieces are handled – the draft can be sent for approval.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stykker mangler. Kladden er gemt, men kan først sendes til godkendelse, når alle er behandlet.</source>
        <translation>%1 pieces left. The draft is saved, but it can only be sent for approval when all pieces are handled.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Stykket er allerede behandlet. Tryk ⌫ for at fortryde det først.</source>
        <translation>This piece is already handled. Press ⌫ to undo it first.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>»Redigér plan« har tekst i %1, der ikke er gemt. Gem den først, så intet går tabt.</source>
        <translation>“Edit plan” has unsaved text in the %1. Save it first, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placér stykke %1</source>
        <translation>Place piece %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Behold stykke %1</source>
        <translation>Keep piece %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Udelad stykke %1</source>
        <translation>Leave out piece %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Stykket er ikke behandlet igen, men teksten »%1« er rettet i planen siden og står der stadig. Slet den i »Redigér plan«, hvis den ikke skal med.</source>
        <translation>The piece is not handled again, but the text “%1” was changed in the plan since and is still there. Delete it in “Edit plan” if it should not be there.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Filen kunne ikke åbnes: %1</source>
        <translation>The file could not be opened: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indsat tekst</source>
        <translation>Pasted text</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/start_page.py" line="+21"/>
        <source>Vælg en borger</source>
        <translation>Choose a resident</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Find en borger med Ctrl+F, og tryk Enter. Registrér en hændelse med Ctrl+H.</source>
        <translation>Find a resident with Ctrl+F and press Enter. Register an incident with Ctrl+H.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find en borger med Ctrl+F, og tryk Enter.</source>
        <translation>Find a resident with Ctrl+F, and press Enter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Opfølgning på hændelser: intet åbent.</source>
        <translation>Incident follow-up: nothing open.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opfølgning på hændelser: %1 åbne, heraf %2 med overskredet frist.</source>
        <translation>Incident follow-up: %1 open, %2 of them overdue.</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/statistics_view.py" line="+176"/>
        <source>Sidste kvartal</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sidste 12 måneder</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valgfri periode</source>
        <translation>Custom period</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lav mødepakke…</source>
        <translation>Make meeting pack…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Borger</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Kortnavne i mødepakken</source>
        <translation>Card names in the meeting pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellers står borgerne som Borger A, B …</source>
        <translation>Otherwise residents appear as Resident A, B …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>fra</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>til</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typer</source>
        <translation>Types</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vælg afdeling og periode, og tryk »Vis«.</source>
        <translation>Choose a unit and a period, and press “Show”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hvad</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overblik</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ugedag × klokkeslæt</source>
        <translation>Weekday × time of day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udvikling</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgerens døgn</source>
        <translation>The resident’s day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategier</source>
        <translation>Strategies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidlige tegn</source>
        <translation>Early signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planer til revision</source>
        <translation>Plans for review</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Alle afdelinger</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Alle borgere</source>
        <translation>All residents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mødepakken er for hele afdelingen: vælg »Alle borgere« og alle typer.</source>
        <translation>The meeting pack is for the whole unit: choose “All residents” and all types.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Annulleret.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Det lykkedes ikke. Prøv igen.</source>
        <translation>That did not work. Try again.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hændelser på borgerens døgnrytme</source>
        <translation>Incidents over the resident’s daily rhythm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hændelser pr. time</source>
        <translation>Incidents per hour</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: planen bør revideres – %2</source>
        <translation>%1: the plan should be reviewed – %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ingen planer skal revideres på grund af hændelser.</source>
        <translation>No plans need a review because of incidents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hændelser i alt (forrige periode: %1)</source>
        <translation>Incidents in all (previous period: %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alvor %1 – %2</source>
        <translation>Severity %1 – %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n hændelse(r) %2 (forrige periode %3: %4).</source>
        <translation>
            <numerusform>%n incident %2 (previous period %3: %4).</numerusform>
            <numerusform>%n incidents %2 (previous period %3: %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n strategi(er) bør ses på igen.</source>
        <translation>
            <numerusform>%n strategy should be looked at again.</numerusform>
            <numerusform>%n strategies should be looked at again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>alle afdelinger</source>
        <translation>all units</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Mødepakken er gemt: %1 og %2</source>
        <translation>The meeting pack is saved: %1 and %2</translation>
    </message>
</context>
<context>
    <name>StrategyTableModel</name>
    <message>
        <location line="-469"/>
        <source>Borger</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strategi</source>
        <translation>Strategy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjalp</source>
        <translation>Helped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjalp ikke</source>
        <translation>Did not help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usikker</source>
        <translation>Unsure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vurdering</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 af %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Se på den igen</source>
        <translation>Look at it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For få forsøg</source>
        <translation>Too few tries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjælper ofte</source>
        <translation>Often helps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blandet</source>
        <translation>Mixed</translation>
    </message>
</context>
<context>
    <name>TargetTree</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/window.py" line="-605"/>
        <source>Felt i planen</source>
        <translation>Field in the plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placeret</source>
        <translation>Placed</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/users_dialog.py" line="+13"/>
        <source>Brugere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brugernavn</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stilling</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roller</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tilføj…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deaktivér</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktivér igen</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny adgangskode…</source>
        <translation>New password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til en bruger, der har glemt sin adgangskode</source>
        <translation>For a user who has forgotten their password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roller…</source>
        <translation>Roles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås brugeren op</source>
        <translation>Unlock user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For en bruger, der har skrevet forkert adgangskode for mange gange</source>
        <translation>For a user who typed a wrong password too many times</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Luk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brugere slettes aldrig: historikken skal kunne vise, hvem der gjorde hvad.</source>
        <translation>Users are never deleted: the history must be able to show who did what.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>For mange forkerte adgangskoder. »Lås brugeren op« lukker ind igen.</source>
        <translation>Too many wrong passwords. “Unlock user” lets them in again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Låst til kl. %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiv</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Deaktiveret</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/kind_editor.py" line="-14"/>
        <source>Skriv navn eller rolle.</source>
        <translation>Enter a name or role.</translation>
    </message>
    <message>
        <location filename="../../src/tryghed_desktop/ui/editors/validation.py" line="+22"/>
        <source>Et telefonnummer må kun have tal og mellemrum.</source>
        <translation>A phone number may only contain digits and spaces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Et telefonnummer skal have 8 cifre, fx 70 20 30 40.</source>
        <translation>A phone number must have 8 digits, e.g. 70 20 30 40.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Punktet er tomt. Skriv noget, eller slet det med Delete.</source>
        <translation>The item is empty. Type something, or delete it with Delete.</translation>
    </message>
</context>
<context>
    <name>VersionHistoryModel</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/history_model.py" line="+54"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oprettet</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indsendt</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkendt/returneret</source>
        <translation>Approved/returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Af</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision senest</source>
        <translation>Review by</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Oprettet %1 af %2</source>
        <translation>Created %1 by %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Indsendt %1 af %2</source>
        <translation>Submitted %1 by %2</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/window_actions.py" line="+76"/>
        <source>&amp;Udskriv handlekort…</source>
        <translation>&amp;Print action card…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Udskriv &amp;alle handlekort i afdelingen…</source>
        <translation>Print &amp;all action cards in the unit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Udskriv kort om &amp;registrering…</source>
        <translation>Print card on &amp;registering incidents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redigér plan…</source>
        <translation>&amp;Edit plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forenkl tekst…</source>
        <translation>&amp;Simplify text…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vis &amp;originaler…</source>
        <translation>Show &amp;originals…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statistik og mødepakke…</source>
        <translation>&amp;Statistics and meeting pack…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backup og gendannelse…</source>
        <translation>&amp;Backup and restore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grænser for læsbarhed…</source>
        <translation>&amp;Readability limits…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Udskriv den godkendte plan som handlekort (Ctrl+P)</source>
        <translation>Print the approved plan as an action card (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Redigér planen på den åbne fane som kladde (Ctrl+E)</source>
        <translation>Edit the plan on the open tab as a draft (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Ikke med: %1 (står også på den sidste side).</source>
        <translation>Not included: %1 (also on the last page).</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>%1 er fraflyttet: der printes ikke handlekort.</source>
        <translation>%1 has moved out: no action cards are printed.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Handleplan…</source>
        <translation>&amp;Action plan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Opbevaring af log…</source>
        <translation>&amp;Keeping the log…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slet &amp;fraflyttede borgere…</source>
        <translation>Delete residents who &amp;moved out…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Planen afventer godkendelse hos den eksterne rådgiver og kan ikke redigeres nu.</source>
        <translation>The plan is awaiting approval by the external advisor and cannot be edited now.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vælg en afdeling i listen til venstre først.</source>
        <translation>Choose a unit in the list on the left first.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Originaler</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Der er ikke importeret nogen original for denne borger.</source>
        <translation>No original has been imported for this resident.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sådan registrerer du vold, trusler og chikane</source>
        <translation>How to register violence, threats and harassment</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Handlekortene laves…</source>
        <translation>Making the action cards…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udskriv afdelingens handlekort</source>
        <translation>Print the unit’s action cards</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Afdelingens handlekort</source>
        <translation>The unit’s action cards</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n handlekort.</source>
        <translation>
            <numerusform>%n action card.</numerusform>
            <numerusform>%n action cards.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Statistik og mødepakke</source>
        <translation>Statistics and meeting pack</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Handleplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Databasen er PostgreSQL: tag backup på databaseserveren med pg_dump (se README).</source>
        <translation>The database is PostgreSQL: take backups on the database server with pg_dump (see README).</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/app.py" line="+63"/>
        <source>Demo: log ind som lene (ekstern rådgiver), anne (koordinator), ali (medarbejder) eller pia (administrator). Adgangskoden er demo1234.</source>
        <translation>Demo: log in as lene (external advisor), anne (coordinator), ali (staff member) or pia (administrator). The password is demo1234.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Databasen kunne ikke åbnes</source>
        <translation>The database could not be opened</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/dialogs.py" line="-64"/>
        <source>Annuller</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/domain_labels.py" line="+33"/>
        <source>Risikoprofil</source>
        <translation>Risk profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Døgnrytme</source>
        <translation>Daily rhythm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tryghedsplan</source>
        <translation>Safety plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktiviteter</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lav</source>
        <translation>Low</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middel</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Høj</source>
        <translation>High</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grøn</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gul</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rød</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blå</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sådan har jeg det godt</source>
        <translation>This is me feeling well</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidlige tegn</source>
        <translation>Early signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akut</source>
        <translation>Acute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Efter en hændelse</source>
        <translation>After an incident</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kladde</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afventer godkendelse</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Godkendt</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returneret</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afløst</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vold</source>
        <translation>Violence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trussel</source>
        <translation>Threat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chikane</source>
        <translation>Harassment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anden krænkende adfærd</source>
        <translation>Other offensive behaviour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fysisk</source>
        <translation>Physical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubehageligt – ingen skade, faldt hurtigt til ro</source>
        <translation>Unpleasant – no injury, calmed down quickly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindre – skub, råb eller trussel; ingen synlig skade</source>
        <translation>Minor – a push, shouting or a threat; no visible injury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderat – slag, spark eller alvorlig trussel; let skade eller meget utryg</source>
        <translation>Moderate – a blow, a kick or a serious threat; slight injury or very unsafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvorlig – skade der skal behandles, eller fravær</source>
        <translation>Serious – an injury needing treatment, or absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meget alvorlig – svær skade, våben eller politiet kaldt akut</source>
        <translation>Very serious – severe injury, a weapon or the police called urgently</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubehageligt</source>
        <translation>Unpleasant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mindre</source>
        <translation>Minor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moderat</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvorlig</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meget alvorlig</source>
        <translation>Very serious</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Psykisk førstehjælp (72 timer)</source>
        <translation>Psychological first aid (72 hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbejdsskade-anmeldelse (14 dage)</source>
        <translation>Occupational injury report (14 days)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Man</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tir</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ons</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tor</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fre</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lør</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søn</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klokkeslæt (dansk tid), fx 07 = 07.00–07.59</source>
        <translation>Time of day (Danish time), e.g. 07 = 07:00–07:59</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klokkeslæt (dansk tid)</source>
        <translation>Time of day (Danish time)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hændelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forrige periode</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen hændelser i perioden eller den forrige.</source>
        <translation>No incidents in the period or the previous one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perioden</source>
        <translation>This period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grøn – rolig</source>
        <translation>Green – calm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gul – tidlige tegn</source>
        <translation>Yellow – early signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rød – høj risiko</source>
        <translation>Red – high risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medarbejder</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ekstern rådgiver</source>
        <translation>External advisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det gør mig tryg</source>
        <translation>What makes me feel safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det gør mig utryg</source>
        <translation>What makes me feel unsafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine faresignaler</source>
        <translation>My warning signs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det hjælper mig</source>
        <translation>What helps me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det vil jeg gerne have, at I gør</source>
        <translation>What I would like you to do</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afdeling</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borger</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anden person</source>
        <translation>Other person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluttidspunkt</source>
        <translation>End time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uden for arbejdstid</source>
        <translation>Outside working hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alvor</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det prøvede vi</source>
        <translation>What we tried</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Højeste fase</source>
        <translation>Highest stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skade</source>
        <translation>Injury</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraværsdage</source>
        <translation>Days of absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Første fraværsdag</source>
        <translation>First day of absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Politianmeldelse</source>
        <translation>Police report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Magtanvendelse</source>
        <translation>Use of force</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planversion</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist for psykisk førstehjælp</source>
        <translation>Deadline for psychological first aid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist for arbejdsskade-anmeldelse</source>
        <translation>Deadline for reporting the occupational injury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sådan ser det ud</source>
        <translation>What it looks like</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det gør vi</source>
        <translation>What we do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det undgår vi</source>
        <translation>What we avoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det kan jeg selv</source>
        <translation>What I can do myself</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udløsende faktorer</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risikosituationer</source>
        <translation>Risk situations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Styrker</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem vi ringer til</source>
        <translation>Who we call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemanding</source>
        <translation>Staffing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samlet risiko – begrundelse</source>
        <translation>Overall risk – reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vær opmærksom på</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personalets blik</source>
        <translation>The staff&apos;s view</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Fællesstuen</source>
        <translation>Common room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gangen</source>
        <translation>Corridor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgerens værelse</source>
        <translation>The resident&apos;s room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badeværelset</source>
        <translation>Bathroom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Køkkenet</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udendørs</source>
        <translation>Outdoors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I bilen / på tur</source>
        <translation>In the car / on a trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kontoret</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitalt (sms, telefon, sociale medier)</source>
        <translation>Digital (text, phone, social media)</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Sådan støtter vi</source>
        <translation>How we support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Med mine ord</source>
        <translation>In my own words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Øvrigt</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aftalte tegn og ord</source>
        <translation>Agreed signs and words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Døgnrytme kl. %1</source>
        <translation>Daily rhythm at %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besluttet</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I gang</source>
        <translation>Under way</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Implementeret</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stoppet</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kompetence og introduktion</source>
        <translation>Skills and introduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faglig retning og struktur</source>
        <translation>Professional direction and structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrering og læring</source>
        <translation>Registration and learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemanding og stabilitet</source>
        <translation>Staffing and stability</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alarm og hvem vi ringer til</source>
        <translation>Alarm and who we call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samlet risiko</source>
        <translation>Overall risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placeret · %2 beholdt · %3 udeladt · %4 ikke behandlet</source>
        <translation>%1 placed · %2 kept · %3 left out · %4 not handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ca. %1 sek.</source>
        <translation>about %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ca. %1 min.</source>
        <translation>about %1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ca. %1 min. %2 sek.</source>
        <translation>about %1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ca. %1 t. %2 min.</source>
        <translation>about %1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>indeholder »%1«</source>
        <translation>contains “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>står under »%1«</source>
        <translation>is under “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overskrift – behold i fuld beskrivelse</source>
        <translation>heading – keep in the full description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ikke behandlet</source>
        <translation>Not handled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Placeret</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beholdt i fuld beskrivelse</source>
        <translation>Kept in the full description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Udeladt</source>
        <translation>Left out</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/backup_dialog.py" line="-90"/>
        <source>Gendan backup</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Databasen erstattes med %1. Den nuværende gemmes først. Tryghed Desktop lukker bagefter og skal startes igen. Fortsæt?</source>
        <translation>The database will be replaced with %1. The current one is saved first. Tryghed Desktop then closes and must be started again. Continue?</translation>
    </message>
    <message>
        <location filename="../../src/tryghed_desktop/ui/statistics_view.py" line="+374"/>
        <source>Gem mødepakke</source>
        <translation>Save meeting pack</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/tryghed_desktop/ui/simplify/window.py" line="-59"/>
        <source>Importér beskrivelse</source>
        <translation>Import description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word og tekst (*.docx *.txt);;Alle filer (*)</source>
        <translation>Word and text (*.docx *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>plan_html</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/plan_html.py" line="+48"/>
        <source>Samlet risiko</source>
        <translation>Overall risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alarm og hvem vi ringer til</source>
        <translation>Alarm and who we call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvornår</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvor</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Hvad sker der</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Døgnrytmen har ingen tidsrum.</source>
        <translation>The daily rhythm has no time slots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Begrundelse</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Med mine ord</source>
        <translation>In my own words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personalets blik</source>
        <translation>The staff&apos;s view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er ingen aktiviteter beskrevet.</source>
        <translation>No activities are described.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trin</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risici</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KLADDE – IKKE GODKENDT</source>
        <translation>DRAFT – NOT APPROVED</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen kontaktpersoner registreret.</source>
        <translation>No contact persons registered.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>✎ Rådgiverens bemærkning til »%1«:</source>
        <translation>✎ The advisor’s note on “%1”:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Sådan ser det ud</source>
        <translation>What it looks like</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det gør vi</source>
        <translation>What we do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det undgår vi</source>
        <translation>What we avoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det kan jeg selv</source>
        <translation>What I can do myself</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Udløsende faktorer</source>
        <translation>Triggers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Risikosituationer</source>
        <translation>Risk situations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Regler for bemanding</source>
        <translation>Staffing rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Styrker og beskyttende faktorer</source>
        <translation>Strengths and protective factors</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sådan støtter vi</source>
        <translation>How we support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vær opmærksom på</source>
        <translation>Watch out for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risiko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personale</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 har ikke været med til at lave planen.</source>
        <translation>%1 did not take part in making the plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 er ikke enig i planen.</source>
        <translation>%1 does not agree with the plan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aftalte tegn og ord</source>
        <translation>Agreed signs and words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dem vil jeg gerne have, at I kontakter</source>
        <translation>People I would like you to contact</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Personale: %1</source>
        <translation>Staff: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>godkendt %1 af %2</source>
        <translation>approved %1 by %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>revision senest %1</source>
        <translation>review by %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>senest ændret %1</source>
        <translation>last changed %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Ingen: %1 er fraflyttet.</source>
        <translation>None: %1 has moved out.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ingen revision planlagt</source>
        <translation>No review scheduled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planer</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Næste revision</source>
        <translation>Next review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
</context>
<context>
    <name>resident_page</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/resident_page.py" line="-412"/>
        <source>Der er endnu ingen godkendt risikoprofil for %1.</source>
        <translation>There is no approved risk profile for %1 yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er endnu ingen godkendt døgnrytme for %1.</source>
        <translation>There is no approved daily rhythm for %1 yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er endnu ingen godkendt tryghedsplan for %1.</source>
        <translation>There is no approved safety plan for %1 yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er endnu ingen godkendte aktivitetsbeskrivelser for %1.</source>
        <translation>There are no approved activity descriptions for %1 yet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1 afventer godkendelse – indsendt %2 af %3.</source>
        <translation>Version %1 is awaiting approval – submitted %2 by %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+7"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Version %1 er returneret %2 af %3.</source>
        <translation>Version %1 was returned %2 by %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returneret %1 af %2.</source>
        <translation>Returned %1 by %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rådgiverens kommentar: »%1«</source>
        <translation>The advisor’s comment: “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rådgiverens bemærkninger ved afsnit:</source>
        <translation>The advisor’s notes on sections:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Der er en kladde (version %1), senest ændret %2 af %3.</source>
        <translation>There is a draft (version %1), last changed %2 by %3.</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/review_dialog.py" line="-602"/>
        <source>Tilføjet</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjernet</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændret</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bemærkning til koordinatoren:</source>
        <translation>Note for the coordinator:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Bemærkning ved returnering %1:</source>
        <translation>Note when returned on %1:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>LIX %1 → %2</source>
        <translation>LIX %1 → %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ret bemærkning</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skriv bemærkning</source>
        <translation>Write note</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Godkendt version %1</source>
        <translation>Approved version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen godkendt version endnu</source>
        <translation>No approved version yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indsendt version %1</source>
        <translation>Submitted version %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ingen ændringer.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Returneret før: %1 af %2.</source>
        <translation>Returned before: %1 by %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bemærkningerne fra dengang står ved afsnittene.</source>
        <translation>The notes from then are shown at their sections.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kommentar dengang:</source>
        <translation>Comment then:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bemærkninger ved afsnit, der ikke længere hedder sådan:</source>
        <translation>Notes on sections that no longer have that name:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Læsbarhed: %1 → %2 ord · LIX %3 → %4 · læsetid %5 → %6 min.</source>
        <translation>Readability: %1 → %2 words · LIX %3 → %4 · reading time %5 → %6 min.</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/service_texts.py" line="+25"/>
        <source>%1 Skriv dem i %2en, så kan tjeklisten printes.</source>
        <translation>%1 Write them in the %2, then the checklist can be printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 blev oprettet %2. Fraflytningen kan ikke ligge før den.</source>
        <translation>%1 was added on %2. The move-out cannot be before that.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bor her allerede.</source>
        <translation>%1 already lives here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bor her stadig. Kun fraflyttede borgere kan slettes.</source>
        <translation>%1 still lives here. Only residents who have moved out can be deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 er allerede fraflyttet.</source>
        <translation>%1 has already moved out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 er den eneste aktive administrator. Giv en anden bruger rollen først.</source>
        <translation>%1 is the only active administrator. Give another user the role first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 er fraflyttet %2, før hændelsen.</source>
        <translation>%1 moved out on %2, before the incident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 er fraflyttet %2. Der printes kun handlekort for borgere, der bor her.</source>
        <translation>%1 moved out on %2. Action cards are printed only for residents who live here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 er fraflyttet. Planerne ændres ikke, før borgeren flytter ind igen.</source>
        <translation>%1 has moved out. The plans cannot be changed until the resident moves back in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 er ikke en brugbar Tryghed-database. Vælg en backup.</source>
        <translation>%1 is not a usable Tryghed database. Choose a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 flyttede ud %2. Oplysningerne gemmes i %3 år og kan slettes fra %4.</source>
        <translation>%1 moved out on %2. The data is kept for %3 years and can be deleted from %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 har en hændelse %2. Fraflytningen kan ikke ligge før den.</source>
        <translation>%1 has an incident on %2. The move-out date cannot be before it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 har endnu ingen godkendte planer at bekræfte.</source>
        <translation>%1 has no approved plans to confirm yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 må højst fylde %2 tegn. Skriv resten i beskrivelsen.</source>
        <translation>%1 can have at most %2 characters. Write the rest in the description.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskoden er forkert. Planen er ikke godkendt.</source>
        <translation>The password is wrong. The plan is not approved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskoden kan ikke bruges.</source>
        <translation>The password cannot be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adgangskoden skal have mindst %1 tegn.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal fraværsdage kan ikke være negativt.</source>
        <translation>The number of days of absence cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Antal ord pr. punkt skal være mellem 1 og 100.</source>
        <translation>Words per item must be between 1 and 100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bemærkningen må højst være %1 tegn. Skriv det vigtigste.</source>
        <translation>The note can have at most %1 characters. Write what matters most.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgeren er ikke oprettet endnu. Ret dette:</source>
        <translation>The resident is not created yet. Correct this:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgeren har ingen godkendt %1 at forenkle.</source>
        <translation>The resident has no approved %1 to simplify.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Borgerens oplysninger er ændret et andet sted, siden du åbnede dem. Intet er gemt. Åbn dem igen, og ret derfra.</source>
        <translation>The resident&apos;s details were changed elsewhere after you opened them. Nothing is saved. Open them again and edit from there.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Brugeren &apos;%1&apos; findes ikke eller er deaktiveret.</source>
        <translation>The user &apos;%1&apos; does not exist or is deactivated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brugeren &apos;%1&apos; findes ikke.</source>
        <translation>The user &apos;%1&apos; does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brugernavnet &apos;%1&apos; er allerede i brug.</source>
        <translation>The username &apos;%1&apos; is already in use.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brugernavnet må have 2–32 tegn: bogstaver, tal, punktum, bindestreg eller understreg.</source>
        <translation>The username must have 2–32 characters: letters, digits, full stop, hyphen or underscore.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er beskadiget (%1), så backuppen er ikke gemt. Gendan den seneste gode backup (Værktøjer → Backup og gendannelse).</source>
        <translation>The database is damaged (%1), so the backup is not saved. Restore the latest good backup (Tools → Backup and restore).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er i brug lige nu, så den kan ikke gendannes. Prøv igen om lidt.</source>
        <translation>The database is in use right now, so it cannot be restored. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er ikke tom. Demo-bostedet kan kun oprettes i en ny database uden borgere og brugere.</source>
        <translation>The database is not empty. The demo facility can only be created in a new database without residents and users.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er krypteret, eller filen er ikke en Tryghed-database. Angiv nøglen (%1), eller lad programmet spørge om den.</source>
        <translation>The database is encrypted, or the file is not a Tryghed database. Give the key (%1), or let the program ask for it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er krypteret, men krypteringsmodulet (sqlcipher3) er ikke installeret. Installér Tryghed Desktop med tilvalget &apos;encryption&apos;.</source>
        <translation>The database is encrypted, but the encryption module (sqlcipher3) is not installed. Install Tryghed Desktop with the &apos;encryption&apos; option.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen er lavet af en nyere udgave af Tryghed Desktop. Opdatér programmet.</source>
        <translation>The database was made by a newer version of Tryghed Desktop. Update the program.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databasen kan ikke åbnes. Kontakt administratoren.
(%1: %2)</source>
        <translation>The database cannot be opened. Contact the administrator.
(%1: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databasen nægter at slette %1s godkendte planer endnu. Prøv igen om et par dage.</source>
        <translation>The database refuses to delete %1&apos;s approved plans yet. Try again in a few days.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Databaseserveren svarer ikke. Prøv igen om lidt, eller kontakt administratoren.
(%1: %2)</source>
        <translation>The database server does not answer. Try again in a moment, or contact the administrator.
(%1: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Datoen for fraflytning kan ikke ligge efter i dag.</source>
        <translation>The move-out date cannot be after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen for, hvornår tiltaget blev afsluttet, kan ikke ligge efter i dag.</source>
        <translation>The date the measure was finished cannot be after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen ligger før hændelsen. Ret den.</source>
        <translation>The date is before the incident. Correct it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen ligger i fremtiden. Skriv, hvornår det blev gjort.</source>
        <translation>The date is in the future. Write when it was done.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den ansvarlige må højst fylde %1 tegn.</source>
        <translation>Responsible can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den nuværende adgangskode er forkert.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den nye adgangskode skal være en anden end den gamle.</source>
        <translation>The new password must be different from the old one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denne version er låst. Start en ny kladde for at ændre planen.</source>
        <translation>This version is locked. Start a new draft to change the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er allerede oprettet brugere. Log ind som administrator.</source>
        <translation>Users have already been created. Log in as an administrator.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er ikke importeret nogen original for denne borger.</source>
        <translation>No original has been imported for this resident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er ingen godkendt %1 for %2.</source>
        <translation>There is no approved %1 for %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er ingen kladde af %1en for %2.</source>
        <translation>There is no draft of the %1 for %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er ingen tekst at forenkle. Filen eller feltet er tomt.</source>
        <translation>There is no text to simplify. The file or the field is empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er intet afsnit, der hedder »%1«, i denne %2. Skriv et af: %3.</source>
        <translation>There is no section called “%1” in this %2. Write one of: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der er lige startet en kladde til planen på en anden pc. Åbn borgeren igen, og arbejd videre i den.</source>
        <translation>A draft of the plan was just started on another PC. Open the resident again and continue in that draft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der findes allerede en kladde til %1en, eller den afventer godkendelse. Gør den færdig (eller få den returneret), før du forenkler den godkendte version.</source>
        <translation>There is already a draft of the %1, or it is awaiting approval. Finish it (or have it returned) before you simplify the approved version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Der findes allerede en kladde til denne plan. Arbejd videre i den.</source>
        <translation>There is already a draft of this plan. Continue in that draft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes ingen afdeling med id %1.</source>
        <translation>There is no unit with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes ingen borger med id %1.</source>
        <translation>There is no resident with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes ingen bruger med id %1.</source>
        <translation>There is no user with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes ingen hændelse med id %1.</source>
        <translation>There is no incident with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes ingen importeret original med id %1.</source>
        <translation>There is no imported original with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes ingen planversion med id %1.</source>
        <translation>There is no plan version with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes intet tekststykke med id %1.</source>
        <translation>There is no piece of text with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Der findes intet tiltag med id %1.</source>
        <translation>There is no measure with id %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disken er fuld.</source>
        <translation>The disk is full.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumentet er beskyttet med adgangskode eller gemt i det gamle Word-format (.doc). Åbn det i Word, fjern adgangskoden, og gem det som .docx – eller indsæt teksten i stedet.</source>
        <translation>The document is password-protected or saved in the old Word format (.doc). Open it in Word, remove the password and save it as .docx – or paste the text instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har ikke længere ret til at %1: en administrator har ændret din bruger. Log ud og ind igen.</source>
        <translation>You are no longer allowed to %1: an administrator has changed your user. Log out and in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du har ikke ret til at %1.</source>
        <translation>You are not allowed to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du har ikke ret til at gennemgå planer til godkendelse.</source>
        <translation>You are not allowed to review plans for approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du kan ikke deaktivere dig selv. Bed en anden administrator om det.</source>
        <translation>You cannot deactivate yourself. Ask another administrator to do it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du kan ikke fjerne din egen administratorrolle.</source>
        <translation>You cannot remove your own administrator role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Du kan ikke godkende en version, du selv har skrevet eller indsendt.</source>
        <translation>You cannot approve a version you wrote or submitted yourself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Døgnrytme</source>
        <translation>Daily rhythm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Døgnrytmen er ikke sendt til godkendelse. Ret dette i redigeringen:</source>
        <translation>The daily rhythm is not sent for approval. Correct this in the editor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En borger slettes kun af en administrator, der er logget ind med navn.</source>
        <translation>Only an administrator logged in by name can delete a resident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En borgers oplysninger udleveres kun af en administrator, der er logget ind med navn.</source>
        <translation>Only an administrator logged in by name can hand over a resident&apos;s data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Et af trinene er ændret på en anden pc, siden du åbnede opfølgningen. Luk og åbn den igen for at se, hvad der står nu.</source>
        <translation>One of the steps was changed on another PC after you opened the follow-up. Close and open it again to see what it says now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feltet »%1« findes ikke i planen.</source>
        <translation>The field “%1” does not exist in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er beskadiget (%1).</source>
        <translation>The file is damaged (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er den database, der bruges nu: %1. Vælg en backup.</source>
        <translation>The file is the database in use now: %1. Choose a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er for stor (%1 MB). Del beskrivelsen op, eller indsæt den del, der handler om borgerens plan.</source>
        <translation>The file is too large (%1 MB). Split the description, or paste the part about the resident&apos;s plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen er fra en anden (nyere) udgave af Tryghed Desktop og kan ikke gendannes her.</source>
        <translation>The file is from another (newer) version of Tryghed Desktop and cannot be restored here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen er ikke en Tryghed-database, eller den er beskadiget: %1. Gendan en backup.</source>
        <translation>The file is not a Tryghed database, or it is damaged: %1. Restore a backup.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen er ikke en borgereksport fra Tryghed Desktop (forventede &apos;%1&apos;).</source>
        <translation>The file is not a resident export from Tryghed Desktop (expected &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen er tom. Der er ingen tekst at forenkle.</source>
        <translation>The file is empty. There is no text to simplify.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen findes ikke: %1</source>
        <translation>The file does not exist: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen har formatversion %1, men dette program kan højst læse version %2. Opdatér Tryghed Desktop.</source>
        <translation>The file has format version %1, but this program can read version %2 at most. Update Tryghed Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen indeholder ikke en borger fra Tryghed Desktop (forventede et JSON-objekt).</source>
        <translation>The file does not contain a resident from Tryghed Desktop (expected a JSON object).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filen kan ikke indlæses. Intet er gemt.</source>
        <translation>The file cannot be loaded. Nothing is saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filen kunne ikke læses som et Word-dokument (.docx). Den er måske beskadiget. Prøv at åbne og gemme den igen i Word, eller indsæt teksten i stedet.</source>
        <translation>The file could not be read as a Word document (.docx). It may be damaged. Try opening and saving it again in Word, or paste the text instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtypen %1 kan ikke læses. Vælg en .docx- eller .txt-fil, eller indsæt teksten.</source>
        <translation>The file type %1 cannot be read. Choose a .docx or .txt file, or paste the text.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forkert nøgle, eller filen er ikke en Tryghed-database.</source>
        <translation>Wrong key, or the file is not a Tryghed database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formatversion %1 findes ikke.</source>
        <translation>Format version %1 does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fraflytningen er ikke gemt. Ret dette:</source>
        <translation>The move-out is not saved. Correct this:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Første fraværsdag ligger mere end et år efter hændelsen. Ret datoen.</source>
        <translation>The first day of absence is more than a year after the incident. Correct the date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Første fraværsdag skal ligge efter dagen for hændelsen.</source>
        <translation>The first day of absence must be after the day of the incident.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hændelsen er ikke gemt endnu. Ret dette:</source>
        <translation>The incident is not saved yet. Correct this:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hændelsen er ændret et andet sted, siden du åbnede den. Luk og åbn den igen.</source>
        <translation>The incident was changed elsewhere after you opened it. Close and open it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Højst %1 tegn pr. kontaktperson.</source>
        <translation>At most %1 characters per contact person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Højst %1 tegn.</source>
        <translation>At most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indholdet passer ikke til plantypen.</source>
        <translation>The content does not fit the plan type.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen af afdelingens handlekort kan være på én side: %1</source>
        <translation>None of the unit&apos;s action cards fit on one page: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen borgere i %1 har en godkendt risikoprofil, der kan udskrives.</source>
        <translation>No residents in %1 have an approved risk profile to print.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun en indlogget medarbejder kan bekræfte at have læst planerne.</source>
        <translation>Only a logged-in staff member can confirm having read the plans.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun en indsendt version kan gennemgås til godkendelse.</source>
        <translation>Only a submitted version can be reviewed for approval.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kun handlekortet (risikoprofilen) kan hentes som Word-dokument.</source>
        <translation>Only the action card (risk profile) can be saved as a Word document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIX-grænsen skal være mellem 10 og 80.</source>
        <translation>The LIX limit must be between 10 and 80.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Må ikke indeholde linjeskift, tabulatorer eller usynlige tegn.</source>
        <translation>Must not contain line breaks, tabs or invisible characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Næste revision skal ligge efter i dag.</source>
        <translation>The next review must be after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgningen er afsluttet; hændelsen kan ikke ændres.</source>
        <translation>The follow-up is closed; the incident cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgningen er allerede afsluttet.</source>
        <translation>The follow-up is already closed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opfølgningen er ikke gemt. Ret dette:</source>
        <translation>The follow-up is not saved. Correct this:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oplysningerne er ikke gyldige.</source>
        <translation>The details are not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pakken er ikke gemt: %1</source>
        <translation>The package is not saved: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perioden slutter, før den begynder. Byt om på datoerne.</source>
        <translation>The period ends before it begins. Swap the dates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planen afventer godkendelse hos den eksterne rådgiver og kan ikke redigeres nu. Når rådgiveren har godkendt eller returneret den, kan du redigere igen.</source>
        <translation>The plan is awaiting approval by the external advisor and cannot be edited now. When the advisor has approved or returned it, you can edit again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planen er sendt til godkendelse, mens du skrev. Din tekst er stadig i vinduet: kopiér den, eller vent til planen er godkendt eller sendt retur.</source>
        <translation>The plan was sent for approval while you were writing. Your text is still in the window: copy it, or wait until the plan is approved or returned.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planen er sendt til godkendelse, så behandlingen kan ikke fortrydes nu.</source>
        <translation>The plan is sent for approval, so the handling cannot be undone now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planen er ændret et andet sted, siden du åbnede den.</source>
        <translation>The plan was changed elsewhere after you opened it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planerne for %1 blev sidst ændret %2. Fraflytningen kan ikke ligge før den.</source>
        <translation>The plans for %1 were last changed on %2. The move-out cannot be before that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv borgerens navn.</source>
        <translation>Write the resident&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv brugerens fulde navn.</source>
        <translation>Write the user&apos;s full name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv den tekst, der skal stå i planen.</source>
        <translation>Write the text that goes in the plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv en kommentar eller en bemærkning ved et afsnit, så koordinatoren ved, hvad der skal rettes.</source>
        <translation>Write a comment or a note on a section, so the coordinator knows what to correct.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv et brugernavn uden mellemrum.</source>
        <translation>Write a username without spaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv et kortnavn (fornavn eller initialer).</source>
        <translation>Write a card name (first name or initials).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv hvor det skete.</source>
        <translation>Write where it happened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv kort, hvorfor stykket udelades.</source>
        <translation>Write briefly why the piece is left out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv, hvad tiltaget er.</source>
        <translation>Write what the measure is.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sluttidspunktet ligger før starttidspunktet.</source>
        <translation>The end time is before the start time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sporet må højst fylde %1 tegn.</source>
        <translation>The track can have at most %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stykker fra den importerede tekst er ikke behandlet endnu – %1. Placér, behold eller udelad hvert stykke under Planer → Forenkl tekst, før planen sendes til godkendelse. Kladden kan godt gemmes.</source>
        <translation>Pieces of the imported text are not handled yet – %1. Place, keep or leave out each piece under Plans → Simplify text before the plan is sent for approval. The draft can still be saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stykket er allerede behandlet. Fortryd det først, hvis det skal et andet sted hen.</source>
        <translation>The piece is already handled. Undo it first if it should go somewhere else.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TRYGHED_DB_KEY</source>
        <translation>TRYGHED_DB_KEY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teksten er for lang (%1 tegn; højst %2). Del den op, og importér kun den del, der handler om borgerens plan.</source>
        <translation>The text is too long (%1 characters; at most %2). Split it, and import only the part about the resident&apos;s plan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tidspunktet ligger før år 2000. Ret årstallet.</source>
        <translation>The time is before the year 2000. Correct the year.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidspunktet ligger i fremtiden. Ret dato eller klokkeslæt.</source>
        <translation>The time is in the future. Correct the date or the time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidspunktet mangler tidszone.</source>
        <translation>The time has no time zone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiltaget er ikke gemt endnu. Ret dette:</source>
        <translation>The measure is not saved yet. Correct this:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiltaget er ændret på en anden pc, siden du åbnede det. Luk og åbn det igen for at se, hvad der står nu.</source>
        <translation>The measure was changed on another PC after you opened it. Close and open it again to see what it says now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tiltaget må højst være %1 tegn. Skriv resten som bemærkning.</source>
        <translation>The measure can have at most %1 characters. Write the rest as a note.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versionen har status »%1« og kan ikke %2 nu.</source>
        <translation>The version has the status “%1” and cannot %2 now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg borgeren, eller skriv hvem det var (fx &apos;ukendt pårørende&apos;).</source>
        <translation>Choose the resident, or write who it was (e.g. &apos;unknown relative&apos;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg den afdeling, hvor det skete.</source>
        <translation>Choose the unit where it happened.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg en afdeling.</source>
        <translation>Choose a unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg en alvorlighed fra 1 til 5.</source>
        <translation>Choose a severity from 1 to 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg mellem %1 og %2 år.</source>
        <translation>Choose between %1 and %2 years.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg mellem 1 og 120 måneder.</source>
        <translation>Choose between 1 and 120 months.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vælg mindst én rolle.</source>
        <translation>Choose at least one role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adgangskode</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrere brugere</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afdeling</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>afsluttet</source>
        <translation>finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alvor</source>
        <translation>severity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansvarlig</source>
        <translation>responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bekræfte at have læst planer</source>
        <translation>confirm having read plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bemærkning</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>borger</source>
        <translation>resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brugeren &apos;%1&apos; mangler i &apos;users&apos;</source>
        <translation>the user &apos;%1&apos; is missing from &apos;users&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brugernavn</source>
        <translation>username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>brugernavnet &apos;%1&apos; står der to gange</source>
        <translation>the username &apos;%1&apos; appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dato</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der må højst være én godkendt version</source>
        <translation>there can be at most one approved version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>der må højst være én kladde, indsendt eller returneret version</source>
        <translation>there can be at most one draft, submitted or returned version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eksportere</source>
        <translation>export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en borger, der bor her (active), har ingen fraflytning</source>
        <translation>a resident who lives here (active) has no move-out date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en fraflyttet borger (active: false) skal have en dato</source>
        <translation>a resident who moved out (active: false) must have a date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>er ikke en gyldig dato eller et gyldigt tidspunkt</source>
        <translation>is not a valid date or time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>er ikke gyldig (%1)</source>
        <translation>is not valid (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraflytningen ligger efter, at filen blev lavet</source>
        <translation>the move-out is after the file was made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fravær</source>
        <translation>absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>godkende planer</source>
        <translation>approve plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grund</source>
        <translation>reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>har for mange elementer (højst %1)</source>
        <translation>has too many items (at most %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>har ikke den rigtige form (%1)</source>
        <translation>does not have the right form (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hvem</source>
        <translation>who</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hvor</source>
        <translation>where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hvornår</source>
        <translation>when</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indlæse</source>
        <translation>import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>indsende planer til godkendelse</source>
        <translation>submit plans for approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kontaktpersoner</source>
        <translation>contact persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kortnavn</source>
        <translation>card name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>læse borgernes planer</source>
        <translation>read the residents&apos; plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mangler eller er ikke et heltal</source>
        <translation>is missing or is not a whole number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mangler feltet &apos;%1&apos;</source>
        <translation>lacks the field &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mangler for en godkendt version</source>
        <translation>is missing for an approved version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_item_words</source>
        <translation>words per item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>max_section_lix</source>
        <translation>LIX per section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>må højst have %1 elementer</source>
        <translation>can have at most %1 items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>må højst have %1 tegn</source>
        <translation>can have at most %1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>må højst være %1</source>
        <translation>can be at most %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>må ikke være tom</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>måneder</source>
        <translation>months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>navn</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oprette, rette eller fraflytte borgere</source>
        <translation>add, change or move out residents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passer ikke til det indhold, der blev godkendt</source>
        <translation>does not match the content that was approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passer ikke til indholdet: indholdet er ændret, efter filen blev lavet</source>
        <translation>does not match the content: the content was changed after the file was made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pg_dump er ikke installeret på denne pc. Installér PostgreSQL-klienten, eller tag backup på databaseserveren (se README).</source>
        <translation>pg_dump is not installed on this PC. Install the PostgreSQL client, or take the backup on the database server (see README).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pg_dump mislykkedes: %1</source>
        <translation>pg_dump failed: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planen &apos;%1&apos; står der to gange</source>
        <translation>the plan &apos;%1&apos; appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redigere planer</source>
        <translation>edit plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registrere hændelser</source>
        <translation>register incidents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returnere planer</source>
        <translation>return plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roller</source>
        <translation>roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>se og eksportere revisionsloggen</source>
        <translation>see and export the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>se, hvem der har læst planerne</source>
        <translation>see who has read the plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal have mindst %1 elementer</source>
        <translation>must have at least %1 items</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal have mindst %1 tegn</source>
        <translation>must have at least %1 characters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være %1</source>
        <translation>must be %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være en SHA-256-værdi (64 tegn 0-9 og a-f)</source>
        <translation>must be a SHA-256 value (64 characters 0-9 and a-f)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være en af: %1</source>
        <translation>must be one of: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være en dato som ÅÅÅÅ-MM-DD, fx 2025-03-01</source>
        <translation>must be a date as YYYY-MM-DD, e.g. 2025-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være et brugernavn uden mellemrum</source>
        <translation>must be a username without spaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være et klokkeslæt som TT:MM, fx 07:30</source>
        <translation>must be a time of day as HH:MM, e.g. 07:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skal være et tidspunkt i UTC som ÅÅÅÅ-MM-DDTtt:mm:ssZ, fx 2025-03-01T08:30:00Z</source>
        <translation>must be a time in UTC as YYYY-MM-DDThh:mm:ssZ, e.g. 2025-03-01T08:30:00Z</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>skal være mindst %1</source>
        <translation>must be at least %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slut</source>
        <translation>end</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spor</source>
        <translation>track</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiltag</source>
        <translation>measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tryghed-resident</source>
        <translation>tryghed-resident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>udskrive handlekort</source>
        <translation>print action cards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ukendt felt &apos;%1&apos;</source>
        <translation>unknown field &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>versionsnummer %1 står der to gange</source>
        <translation>version number %1 appears twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ændringen er ikke gemt endnu. Ret dette:</source>
        <translation>The change is not saved yet. Correct this:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>år</source>
        <translation>years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ændre grænserne for læsbarhed</source>
        <translation>change the readability limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ændre handleplanen</source>
        <translation>change the action plan</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/startup_checks.py" line="+28"/>
        <source>Databasen er beskadiget (%1).</source>
        <translation>The database is damaged (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Der er ingen backup.</source>
        <translation>There is no backup.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Seneste backup: %1. Vil du gendanne den? Den beskadigede fil gemmes.</source>
        <translation>Latest backup: %1. Do you want to restore it? The damaged file is kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gendan seneste backup</source>
        <translation>Restore latest backup</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location filename="../../src/tryghed_desktop/ui/status.py" line="-95"/>
        <source>Fraflyttet %1</source>
        <translation>Moved out %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Revision overskredet</source>
        <translation>Review overdue</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Revision snart</source>
        <translation>Review soon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen godkendt plan</source>
        <translation>No approved plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Revisionen skulle have været senest %1.</source>
        <translation>The review was due by %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revision senest %1</source>
        <translation>Review by %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ukendt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Godkendt af %1, %2</source>
        <translation>Approved by %1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen plan endnu</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen godkendt version</source>
        <translation>No approved version</translation>
    </message>
</context>
</TS>
