<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>RollFormat</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Marked (moved out)</source>
        <translation>Marked (moved out)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Mark withdrawn</source>
        <translation>Mark withdrawn</translation>
    </message>
    <message>
        <source>Polling district changed</source>
        <translation>Polling district changed</translation>
    </message>
    <message>
        <source>Name or address updated</source>
        <translation>Name or address updated</translation>
    </message>
    <message>
        <source>Periodic registration</source>
        <translation>Periodic registration</translation>
    </message>
    <message>
        <source>Registration for an election</source>
        <translation>Registration for an election</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Four months after moving out</source>
        <translation>Four months after moving out</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Loss of Japanese nationality</source>
        <translation>Loss of Japanese nationality</translation>
    </message>
    <message>
        <source>The person or family</source>
        <translation>The person or family</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Political activity</source>
        <translation>Political activity</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Research</translation>
    </message>
    <message>
        <source>News report</source>
        <translation>News report</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>Party no.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>Kana</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Marked on</source>
        <translation>Marked on</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Removed on</translation>
    </message>
</context>
<context>
    <name>kikan::client::AboutDialog</name>
    <message>
        <source>About Kikan</source>
        <translation>About Kikan</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kikan&lt;/b&gt; resident information system client, version %1&lt;br&gt;Qt %2&lt;br&gt;Server: %3</source>
        <translation>&lt;b&gt;Kikan&lt;/b&gt; resident information system client, version %1&lt;br&gt;Qt %2&lt;br&gt;Server: %3</translation>
    </message>
    <message>
        <source>Kikan is open-source software.

It uses Qt (LGPL v3), POCO C++ Libraries (Boost Software License), OpenSSL (Apache License 2.0), SQLite (public domain) and ICU (Unicode License).

Character data:</source>
        <translation>Kikan is open-source software.

It uses Qt (LGPL v3), POCO C++ Libraries (Boost Software License), OpenSSL (Apache License 2.0), SQLite (public domain) and ICU (Unicode License).

Character data:</translation>
    </message>
</context>
<context>
    <name>kikan::client::AdminPage</name>
    <message>
        <source>Staff users</source>
        <translation>Staff users</translation>
    </message>
    <message>
        <source>Groups and rights</source>
        <translation>Groups and rights</translation>
    </message>
    <message>
        <source>Sign-in settings</source>
        <translation>Sign-in settings</translation>
    </message>
    <message>
        <source>Allow sign-in with staff ID and password</source>
        <translation>Allow sign-in with staff ID and password</translation>
    </message>
    <message>
        <source>When this is off, staff sign in only with their staff ID card and PIN.</source>
        <translation>When this is off, staff sign in only with their staff ID card and PIN.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ApiClient</name>
    <message>
        <source>The server URL must start with https:// and name the server.</source>
        <translation>The server URL must start with https:// and name the server.</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist: %1</source>
        <translation>The CA certificate file does not exist: %1</translation>
    </message>
    <message>
        <source>The CA certificate file holds no certificate in PEM form: %1</source>
        <translation>The CA certificate file holds no certificate in PEM form: %1</translation>
    </message>
    <message>
        <source>No server is set. Enter the server URL in the settings.</source>
        <translation>No server is set. Enter the server URL in the settings.</translation>
    </message>
    <message>
        <source>The server gave an answer the client does not understand (HTTP %1).</source>
        <translation>The server gave an answer the client does not understand (HTTP %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the connection was stopped. Check the server URL and the CA certificate in the settings.</source>
        <translation>The server&apos;s certificate could not be verified, so the connection was stopped. Check the server URL and the CA certificate in the settings.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Check the network and the state of the server.</source>
        <translation>The server did not answer in time. Check the network and the state of the server.</translation>
    </message>
    <message>
        <source>Cannot connect to the server. Check the network and the state of the server.</source>
        <translation>Cannot connect to the server. Check the network and the state of the server.</translation>
    </message>
</context>
<context>
    <name>kikan::client::AreaPage</name>
    <message>
        <source>The screens of this area are not available in this version of Kikan. They will be added in a later version.</source>
        <translation>The screens of this area are not available in this version of Kikan. They will be added in a later version.</translation>
    </message>
    <message>
        <source>Your rights in this area: %1</source>
        <translation>Your rights in this area: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kikan::client::AssessmentRunDialog</name>
    <message>
        <source>Annual assessment</source>
        <translation>Annual assessment</translation>
    </message>
    <message>
        <source>&amp;Run assessment</source>
        <translation>&amp;Run assessment</translation>
    </message>
    <message>
        <source>Show &amp;totals</source>
        <translation>Show &amp;totals</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>Vehicle class</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Run the annual assessment of fiscal year %1? A second run only corrects differences.</source>
        <translation>Run the annual assessment of fiscal year %1? A second run only corrects differences.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2 created, %3 unchanged, %4 corrected.</source>
        <translation>Fiscal year %1: %2 created, %3 unchanged, %4 corrected.</translation>
    </message>
    <message>
        <source>Fiscal year %1: the totals as recorded.</source>
        <translation>Fiscal year %1: the totals as recorded.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel run</translation>
    </message>
    <message>
        <source>%v of %m vehicles</source>
        <translation>%v of %m vehicles</translation>
    </message>
    <message>
        <source>The run was cancelled. The vehicles done so far keep their assessment; running again completes the fiscal year.</source>
        <translation>The run was cancelled. The vehicles done so far keep their assessment; running again completes the fiscal year.</translation>
    </message>
</context>
<context>
    <name>kikan::client::AuditLogPage</name>
    <message>
        <source>Sign-in</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Export CSV...</translation>
    </message>
    <message>
        <source>Audit log search</source>
        <translation>Audit log search</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Staff ID:</source>
        <translation>Staff ID:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>The start of the period is after its end.</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>%1 entries found; showing %2 to %3.</source>
        <translation>%1 entries found; showing %2 to %3.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>kikan::client::BirthForm</name>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Surname reading:</source>
        <translation>Surname reading:</translation>
    </message>
    <message>
        <source>Given name reading:</source>
        <translation>Given name reading:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Registered domicile:</source>
        <translation>Registered domicile:</translation>
    </message>
    <message>
        <source>Head of family register:</source>
        <translation>Head of family register:</translation>
    </message>
    <message>
        <source>Notified by:</source>
        <translation>Notified by:</translation>
    </message>
    <message>
        <source>e.g. the father</source>
        <translation>e.g. the father</translation>
    </message>
    <message>
        <source>Enter this item.</source>
        <translation>Enter this item.</translation>
    </message>
    <message>
        <source>Enter the reading in katakana or hiragana.</source>
        <translation>Enter the reading in katakana or hiragana.</translation>
    </message>
    <message>
        <source>Choose the sex.</source>
        <translation>Choose the sex.</translation>
    </message>
    <message>
        <source>A newborn cannot be the householder.</source>
        <translation>A newborn cannot be the householder.</translation>
    </message>
</context>
<context>
    <name>kikan::client::Buttons</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>kikan::client::CancelMoveOutForm</name>
    <message>
        <source>Move-out to cancel:</source>
        <translation>Move-out to cancel:</translation>
    </message>
    <message>
        <source>%1 move-out to %2 (history no. %3)</source>
        <translation>%1 move-out to %2 (history no. %3)</translation>
    </message>
    <message>
        <source>This person has no move-out to cancel.</source>
        <translation>This person has no move-out to cancel.</translation>
    </message>
</context>
<context>
    <name>kikan::client::CandidateList</name>
    <message>
        <source>Juki code</source>
        <translation>Juki code</translation>
    </message>
    <message>
        <source>Koseki number</source>
        <translation>Koseki number</translation>
    </message>
    <message>
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>%1
Juki %2
Koseki %3</source>
        <translation>%1
Juki %2
Koseki %3</translation>
    </message>
    <message>
        <source>%1, %2 strokes%3</source>
        <translation>%1, %2 strokes%3</translation>
    </message>
</context>
<context>
    <name>kikan::client::CardDialog</name>
    <message>
        <source>Register staff ID card</source>
        <translation>Register staff ID card</translation>
    </message>
    <message>
        <source>Hold the staff ID card of %1 over the card reader, or type the card ID.</source>
        <translation>Hold the staff ID card of %1 over the card reader, or type the card ID.</translation>
    </message>
    <message>
        <source>Card ID:</source>
        <translation>Card ID:</translation>
    </message>
</context>
<context>
    <name>kikan::client::CertificateDialog</name>
    <message>
        <source>Issue a certificate</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <source>Party no. %1</source>
        <translation>Party no. %1</translation>
    </message>
    <message>
        <source>Enter: preview&#x3000;Ctrl+Enter: issue and print&#x3000;PgUp/PgDn: pages&#x3000;Esc: close</source>
        <translation>Enter: preview&#x3000;Ctrl+Enter: issue and print&#x3000;PgUp/PgDn: pages&#x3000;Esc: close</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Issue and print</source>
        <translation>&amp;Issue and print</translation>
    </message>
    <message>
        <source>&amp;Print again</source>
        <translation>&amp;Print again</translation>
    </message>
    <message>
        <source>&amp;Save as PDF...</source>
        <translation>&amp;Save as PDF...</translation>
    </message>
    <message>
        <source>Ctrl+Enter: takes a certificate number and records the issue</source>
        <translation>Ctrl+Enter: takes a certificate number and records the issue</translation>
    </message>
    <message>
        <source>Preparing the preview...</source>
        <translation>Preparing the preview...</translation>
    </message>
    <message>
        <source>Issued as certificate no. %1 (%2 page(s)): %3.</source>
        <translation>Issued as certificate no. %1 (%2 page(s)): %3.</translation>
    </message>
    <message>
        <source>Support measure (DV etc.): %1</source>
        <translation>Support measure (DV etc.): %1</translation>
    </message>
    <message>
        <source>No preview: the server refused the request.</source>
        <translation>No preview: the server refused the request.</translation>
    </message>
    <message>
        <source>Print certificate no. %1</source>
        <translation>Print certificate no. %1</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>Certificate %1</translation>
    </message>
    <message>
        <source>Printing failed: the certificate no. %1 is issued; print it again or save it as a PDF.</source>
        <translation>Printing failed: the certificate no. %1 is issued; print it again or save it as a PDF.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation>The PDF could not be saved: %1</translation>
    </message>
    <message>
        <source>Save certificate as PDF</source>
        <translation>Save certificate as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Why is certificate no. %1 printed again?</source>
        <translation>Why is certificate no. %1 printed again?</translation>
    </message>
    <message>
        <source>Paper jam</source>
        <translation>Paper jam</translation>
    </message>
    <message>
        <source>Poor print</source>
        <translation>Poor print</translation>
    </message>
    <message>
        <source>Other (write the reason)</source>
        <translation>Other (write the reason)</translation>
    </message>
    <message>
        <source>Certificate no. %1 is printed again (reason: %2).</source>
        <translation>Certificate no. %1 is printed again (reason: %2).</translation>
    </message>
</context>
<context>
    <name>kikan::client::CertificateForm</name>
    <message>
        <source>Copy of the resident record - household (combined form)</source>
        <translation>Copy of the resident record - household (combined form)</translation>
    </message>
    <message>
        <source>Copy of the resident record - individual sheet</source>
        <translation>Copy of the resident record - individual sheet</translation>
    </message>
    <message>
        <source>Certificate of recorded items</source>
        <translation>Certificate of recorded items</translation>
    </message>
    <message>
        <source>Copy of the removed record</source>
        <translation>Copy of the removed record</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <translation>Move-out certificate</translation>
    </message>
    <message>
        <source>Certificate &amp;kind:</source>
        <translation>Certificate &amp;kind:</translation>
    </message>
    <message>
        <source>Persons printed</source>
        <translation>Persons printed</translation>
    </message>
    <message>
        <source>&amp;Whole household</source>
        <translation>&amp;Whole household</translation>
    </message>
    <message>
        <source>&amp;Only the members ticked</source>
        <translation>&amp;Only the members ticked</translation>
    </message>
    <message>
        <source>Items printed only on request</source>
        <translation>Items printed only on request</translation>
    </message>
    <message>
        <source>Registered &amp;domicile and its head</source>
        <translation>Registered &amp;domicile and its head</translation>
    </message>
    <message>
        <source>Householder and &amp;relationship</source>
        <translation>Householder and &amp;relationship</translation>
    </message>
    <message>
        <source>Resident record &amp;code</source>
        <translation>Resident record &amp;code</translation>
    </message>
    <message>
        <source>Previous address (&amp;from)</source>
        <translation>Previous address (&amp;from)</translation>
    </message>
    <message>
        <source>C&amp;hange history</source>
        <translation>C&amp;hange history</translation>
    </message>
    <message>
        <source>My &amp;Number</source>
        <translation>My &amp;Number</translation>
    </message>
    <message>
        <source>why the requester needs the My Number</source>
        <translation>why the requester needs the My Number</translation>
    </message>
    <message>
        <source>Re&amp;ason for the My Number:</source>
        <translation>Re&amp;ason for the My Number:</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <source>A member of the same household</source>
        <translation>A member of the same household</translation>
    </message>
    <message>
        <source>A third party</source>
        <translation>A third party</translation>
    </message>
    <message>
        <source>required for a third party</source>
        <translation>required for a third party</translation>
    </message>
    <message>
        <source>e.g. pension, school, driving licence</source>
        <translation>e.g. pension, school, driving licence</translation>
    </message>
    <message>
        <source>Re&amp;quester:</source>
        <translation>Re&amp;quester:</translation>
    </message>
    <message>
        <source>Requester&apos;s na&amp;me:</source>
        <translation>Requester&apos;s na&amp;me:</translation>
    </message>
    <message>
        <source>Reason (third part&amp;y):</source>
        <translation>Reason (third part&amp;y):</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Use:</translation>
    </message>
    <message>
        <source>Only staff with the My Number right may print it.</source>
        <translation>Only staff with the My Number right may print it.</translation>
    </message>
    <message>
        <source>Tick the members to print.</source>
        <translation>Tick the members to print.</translation>
    </message>
    <message>
        <source>Enter why the requester needs the My Number.</source>
        <translation>Enter why the requester needs the My Number.</translation>
    </message>
    <message>
        <source>A third party must state the reason for the request.</source>
        <translation>A third party must state the reason for the request.</translation>
    </message>
</context>
<context>
    <name>kikan::client::CertificatePreview</name>
    <message>
        <source>&lt; Previous page</source>
        <translation>&lt; Previous page</translation>
    </message>
    <message>
        <source>Next page &gt;</source>
        <translation>Next page &gt;</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>&amp;Zoom to width</source>
        <translation>&amp;Zoom to width</translation>
    </message>
    <message>
        <source>The form has changed: press Enter to preview again.</source>
        <translation>The form has changed: press Enter to preview again.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The pages cannot be shown: %1</source>
        <translation>The pages cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangeDialog</name>
    <message>
        <source>Move-in</source>
        <translation>Move-in</translation>
    </message>
    <message>
        <source>Move within the town</source>
        <translation>Move within the town</translation>
    </message>
    <message>
        <source>Move-out</source>
        <translation>Move-out</translation>
    </message>
    <message>
        <source>&amp;Reload the record</source>
        <translation>&amp;Reload the record</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Move-in from abroad</source>
        <translation>Move-in from abroad</translation>
    </message>
    <message>
        <source>Move-in (special, with My Number card)</source>
        <translation>Move-in (special, with My Number card)</translation>
    </message>
    <message>
        <source>Entry ex officio</source>
        <translation>Entry ex officio</translation>
    </message>
    <message>
        <source>Cancel a move-out</source>
        <translation>Cancel a move-out</translation>
    </message>
    <message>
        <source>Birth</source>
        <translation>Birth</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Change of householder</source>
        <translation>Change of householder</translation>
    </message>
    <message>
        <source>Household split</source>
        <translation>Household split</translation>
    </message>
    <message>
        <source>Household merger</source>
        <translation>Household merger</translation>
    </message>
    <message>
        <source>Correction ex officio</source>
        <translation>Correction ex officio</translation>
    </message>
    <message>
        <source>Removal ex officio</source>
        <translation>Removal ex officio</translation>
    </message>
    <message>
        <source>Foreign resident items</source>
        <translation>Foreign resident items</translation>
    </message>
    <message>
        <source>Correction of an entry</source>
        <translation>Correction of an entry</translation>
    </message>
    <message>
        <source>%1 - entry</source>
        <translation>%1 - entry</translation>
    </message>
    <message>
        <source>Register this change? Enter registers, Esc goes back to the form.</source>
        <translation>Register this change? Enter registers, Esc goes back to the form.</translation>
    </message>
    <message>
        <source>&amp;Confirm...</source>
        <translation>&amp;Confirm...</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangeForm</name>
    <message>
        <source>e.g. 1-2-3</source>
        <translation>e.g. 1-2-3</translation>
    </message>
    <message>
        <source>e.g. 0790000</source>
        <translation>e.g. 0790000</translation>
    </message>
    <message>
        <source>Town area:</source>
        <translation>Town area:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>Lot number:</translation>
    </message>
    <message>
        <source>Building, room:</source>
        <translation>Building, room:</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postal code:</translation>
    </message>
    <message>
        <source>Previous address:</source>
        <translation>Previous address:</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Surname reading</source>
        <translation>Surname reading</translation>
    </message>
    <message>
        <source>Given name reading</source>
        <translation>Given name reading</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex (1/2)</source>
        <translation>Sex (1/2)</translation>
    </message>
    <message>
        <source>Rel. code</source>
        <translation>Rel. code</translation>
    </message>
    <message>
        <source>02 householder, 11 husband, 12 wife, 20 child, 51 father, 52 mother</source>
        <translation>02 householder, 11 husband, 12 wife, 20 child, 51 father, 52 mother</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Persons:</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>Destination:</translation>
    </message>
    <message>
        <source>Who moves:</source>
        <translation>Who moves:</translation>
    </message>
    <message>
        <source>Person %1%2: %3</source>
        <translation>Person %1%2: %3</translation>
    </message>
    <message>
        <source>Country moved from:</source>
        <translation>Country moved from:</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Enter the persons who move in.</source>
        <translation>Enter the persons who move in.</translation>
    </message>
    <message>
        <source>Choose who moves.</source>
        <translation>Choose who moves.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangeFormBase</name>
    <message>
        <source>e.g. 5070601 or R7.6.1</source>
        <translation>e.g. 5070601 or R7.6.1</translation>
    </message>
    <message>
        <source>Date of change:</source>
        <translation>Date of change:</translation>
    </message>
    <message>
        <source>e.g. 5070602</source>
        <translation>e.g. 5070602</translation>
    </message>
    <message>
        <source>Date notified:</source>
        <translation>Date notified:</translation>
    </message>
    <message>
        <source>e.g. survey found no residence (実態調査)</source>
        <translation>e.g. survey found no residence (実態調査)</translation>
    </message>
    <message>
        <source>Reason (ex officio):</source>
        <translation>Reason (ex officio):</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Enter the date.</translation>
    </message>
    <message>
        <source>The date is after today.</source>
        <translation>The date is after today.</translation>
    </message>
    <message>
        <source>The date of change must not be after the date notified.</source>
        <translation>The date of change must not be after the date notified.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Enter the reason.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>You signed in with a temporary password set by an administrator. Choose your own password to continue.</source>
        <translation>You signed in with a temporary password set by an administrator. Choose your own password to continue.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>New password again:</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Enter your current password.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Enter a new password.</translation>
    </message>
    <message>
        <source>The two new passwords differ. Enter the same password twice.</source>
        <translation>The two new passwords differ. Enter the same password twice.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
</context>
<context>
    <name>kikan::client::CharacterIdentificationPage</name>
    <message>
        <source>Character identification</source>
        <translation>Character identification</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Import legacy glyph list...</source>
        <translation>Import legacy glyph list...</translation>
    </message>
    <message>
        <source>Export decided table...</source>
        <translation>Export decided table...</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>MJ code, Juki code, Koseki number or the character</source>
        <translation>MJ code, Juki code, Koseki number or the character</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Back to candidates</source>
        <translation>Back to candidates</translation>
    </message>
    <message>
        <source>Decide (Enter)</source>
        <translation>Decide (Enter)</translation>
    </message>
    <message>
        <source>Undo decision</source>
        <translation>Undo decision</translation>
    </message>
    <message>
        <source>%1  → %2</source>
        <translation>%1  → %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message numerus="yes">
        <source>%n glyph(s) shown, %1 undecided</source>
        <translation>
            <numerusform>%n glyph shown, %1 undecided</numerusform>
            <numerusform>%n glyphs shown, %1 undecided</numerusform>
        </translation>
    </message>
    <message>
        <source>No candidates: search by code or character below.</source>
        <translation>No candidates: search by code or character below.</translation>
    </message>
    <message>
        <source>Candidates (arrow keys to choose, Enter to decide):</source>
        <translation>Candidates (arrow keys to choose, Enter to decide):</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nothing found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Search results for &quot;%1&quot;:</source>
        <translation>Search results for &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>%1 is decided as %2.</source>
        <translation>%1 is decided as %2.</translation>
    </message>
    <message>
        <source>The decision on %1 was undone.</source>
        <translation>The decision on %1 was undone.</translation>
    </message>
    <message>
        <source>Import legacy glyph list</source>
        <translation>Import legacy glyph list</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8. Save it as UTF-8 and import again.</source>
        <translation>%1 is not UTF-8. Save it as UTF-8 and import again.</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 already known (their decisions kept), %3 undecided.</source>
        <translation>Imported: %1 new, %2 already known (their decisions kept), %3 undecided.</translation>
    </message>
    <message>
        <source>Export decided table</source>
        <translation>Export decided table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>kikan::client::DailyReportTab</name>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Save &amp;CSV...</source>
        <translation>Save &amp;CSV...</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <source>Files against their own totals:</source>
        <translation>Files against their own totals:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>File total</source>
        <translation>File total</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Agrees</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>Save &amp;PDF...</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kikan::client::DirectDebitTab</name>
    <message>
        <source>Request file</source>
        <translation>Request file</translation>
    </message>
    <message>
        <source>Debit &amp;date:</source>
        <translation>Debit &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Create and save...</source>
        <translation>&amp;Create and save...</translation>
    </message>
    <message>
        <source>Result file</source>
        <translation>Result file</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>D&amp;ry run</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Not debited (for re-billing):</source>
        <translation>Not debited (for re-billing):</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Customer no.</source>
        <translation>Customer no.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Result code</source>
        <translation>Result code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save request file</source>
        <translation>Save request file</translation>
    </message>
    <message>
        <source>Request file saved to %1: %2 debits, total %3</source>
        <translation>Request file saved to %1: %2 debits, total %3</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>Dry run (nothing applied): </source>
        <translation>Dry run (nothing applied): </translation>
    </message>
    <message>
        <source>This file was already imported; nothing applied again: </source>
        <translation>This file was already imported; nothing applied again: </translation>
    </message>
    <message>
        <source>%1 debited, %2 not debited, %3 unmatched</source>
        <translation>%1 debited, %2 not debited, %3 unmatched</translation>
    </message>
</context>
<context>
    <name>kikan::client::DistrictPanel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Polling place</source>
        <translation>Polling place</translation>
    </message>
    <message>
        <source>Town areas</source>
        <translation>Town areas</translation>
    </message>
    <message>
        <source>Town area codes, separated by commas</source>
        <translation>Town area codes, separated by commas</translation>
    </message>
    <message>
        <source>N&amp;o.:</source>
        <translation>N&amp;o.:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Polling place:</source>
        <translation>&amp;Polling place:</translation>
    </message>
    <message>
        <source>&amp;Town areas:</source>
        <translation>&amp;Town areas:</translation>
    </message>
    <message>
        <source>Ne&amp;w district</source>
        <translation>Ne&amp;w district</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>District %1</source>
        <translation>District %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::ElectorPanel</name>
    <message>
        <source>Party number or kana</source>
        <translation>Party number or kana</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>History of the selected registration:</source>
        <translation>History of the selected registration:</translation>
    </message>
    <message>
        <source>Nobody on the roll matches.</source>
        <translation>Nobody on the roll matches.</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>  change %1</source>
        <translation>  change %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::ExtractPanel</name>
    <message>
        <source>Extract of the roll</source>
        <translation>Extract of the roll</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>Save P&amp;DF...</source>
        <translation>Save P&amp;DF...</translation>
    </message>
    <message>
        <source>Save &amp;CSV...</source>
        <translation>Save &amp;CSV...</translation>
    </message>
    <message>
        <source>Inspection request</source>
        <translation>Inspection request</translation>
    </message>
    <message>
        <source>Party numbers to show (empty: the whole district)</source>
        <translation>Party numbers to show (empty: the whole district)</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Requester:</translation>
    </message>
    <message>
        <source>Re&amp;quested as:</source>
        <translation>Re&amp;quested as:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>&amp;Entries:</source>
        <translation>&amp;Entries:</translation>
    </message>
    <message>
        <source>Record and s&amp;how</source>
        <translation>Record and s&amp;how</translation>
    </message>
    <message>
        <source>extract-%1-%2.%3</source>
        <translation>extract-%1-%2.%3</translation>
    </message>
    <message>
        <source>Save the extract</source>
        <translation>Save the extract</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>kikan::client::FormPages</name>
    <message>
        <source>There are no pages to print.</source>
        <translation>There are no pages to print.</translation>
    </message>
</context>
<context>
    <name>kikan::client::GlyphFacts</name>
    <message>
        <source>Legacy code:</source>
        <translation>Legacy code:</translation>
    </message>
    <message>
        <source>Codes kept:</source>
        <translation>Codes kept:</translation>
    </message>
    <message>
        <source>Reading / note:</source>
        <translation>Reading / note:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>No image</translation>
    </message>
    <message>
        <source>Juki %1   Koseki %2   Unicode %3</source>
        <translation>Juki %1   Koseki %2   Unicode %3</translation>
    </message>
    <message>
        <source>Decided as %1 (%2) by %3 at %4</source>
        <translation>Decided as %1 (%2) by %3 at %4</translation>
    </message>
    <message>
        <source>Undecided: records with this character wait for a decision</source>
        <translation>Undecided: records with this character wait for a decision</translation>
    </message>
    <message>
        <source>Select a legacy glyph on the left.</source>
        <translation>Select a legacy glyph on the left.</translation>
    </message>
</context>
<context>
    <name>kikan::client::GroupDialog</name>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Group name:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>The last column, View My Number, lets members see My Numbers in that area. Grant it only to staff whose work needs it.</source>
        <translation>The last column, View My Number, lets members see My Numbers in that area. Grant it only to staff whose work needs it.</translation>
    </message>
</context>
<context>
    <name>kikan::client::GroupsPage</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rights</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>New...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s).</source>
        <translation>
            <numerusform>%n group.</numerusform>
            <numerusform>%n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups and rights</source>
        <translation>Groups and rights</translation>
    </message>
    <message>
        <source>Delete the group %1? Its members lose its rights.</source>
        <translation>Delete the group %1? Its members lose its rights.</translation>
    </message>
</context>
<context>
    <name>kikan::client::HouseholdChangeForm</name>
    <message>
        <source>household no.</source>
        <translation>household no.</translation>
    </message>
    <message>
        <source>Type the household number and press Enter to read it</source>
        <translation>Type the household number and press Enter to read it</translation>
    </message>
    <message>
        <source>Household joined:</source>
        <translation>Household joined:</translation>
    </message>
    <message>
        <source>Who forms the new household
(and new relationships):</source>
        <translation>Who forms the new household
(and new relationships):</translation>
    </message>
    <message>
        <source>Relationship to the joined
household&apos;s householder:</source>
        <translation>Relationship to the joined
household&apos;s householder:</translation>
    </message>
    <message>
        <source>New householder and
relationships:</source>
        <translation>New householder and
relationships:</translation>
    </message>
    <message>
        <source>Householder %1 (%2 members)</source>
        <translation>Householder %1 (%2 members)</translation>
    </message>
    <message>
        <source>Choose exactly one new householder (02).</source>
        <translation>Choose exactly one new householder (02).</translation>
    </message>
    <message>
        <source>Tick who forms the new household.</source>
        <translation>Tick who forms the new household.</translation>
    </message>
    <message>
        <source>Not every member can leave: that is a move, not a split.</source>
        <translation>Not every member can leave: that is a move, not a split.</translation>
    </message>
    <message>
        <source>Type the number of the household joined and press Enter.</source>
        <translation>Type the number of the household joined and press Enter.</translation>
    </message>
    <message>
        <source>Choose every member&apos;s relationship to the householder they join.</source>
        <translation>Choose every member&apos;s relationship to the householder they join.</translation>
    </message>
</context>
<context>
    <name>kikan::client::HouseholdMemberTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>Party no.</translation>
    </message>
</context>
<context>
    <name>kikan::client::MainWindow</name>
    <message>
        <source>Kikan</source>
        <translation>Kikan</translation>
    </message>
    <message>
        <source>Choose an area on the left.</source>
        <translation>Choose an area on the left.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kikan</source>
        <translation>&amp;About Kikan</translation>
    </message>
    <message>
        <source>Business areas</source>
        <translation>Business areas</translation>
    </message>
    <message>
        <source>Common functions</source>
        <translation>Common functions</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Staff: %1 (%2)</source>
        <translation>Staff: %1 (%2)</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>The new language is used from the next start.</translation>
    </message>
    <message>
        <source>Change &amp;password...</source>
        <translation>Change &amp;password...</translation>
    </message>
    <message>
        <source>&amp;Verify a certificate...</source>
        <translation>&amp;Verify a certificate...</translation>
    </message>
    <message>
        <source>Print &amp;position adjustment...</source>
        <translation>Print &amp;position adjustment...</translation>
    </message>
    <message>
        <source>Test environment: not real residents&apos; data</source>
        <translation>Test environment: not real residents&apos; data</translation>
    </message>
    <message>
        <source>&amp;Mass printing...</source>
        <translation>&amp;Mass printing...</translation>
    </message>
</context>
<context>
    <name>kikan::client::MassPrintDialog</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Mass printing</source>
        <translation>Mass printing</translation>
    </message>
    <message>
        <source>By town area, then address number</source>
        <translation>By town area, then address number</translation>
    </message>
    <message>
        <source>By postal code</source>
        <translation>By postal code</translation>
    </message>
    <message>
        <source>A4 sheets</source>
        <translation>A4 sheets</translation>
    </message>
    <message>
        <source>Continuous forms</source>
        <translation>Continuous forms</translation>
    </message>
    <message>
        <source>Spool files for our printer</source>
        <translation>Spool files for our printer</translation>
    </message>
    <message>
        <source>Package for a printing bureau (BPO)</source>
        <translation>Package for a printing bureau (BPO)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>&amp;Fiscal year</source>
        <translation>&amp;Fiscal year</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Order</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>O&amp;utput</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Cancel the run</source>
        <translation>&amp;Cancel the run</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sa&amp;ve...</source>
        <translation>Sa&amp;ve...</translation>
    </message>
    <message>
        <source>File of the selected run</source>
        <translation>File of the selected run</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3 of %4 documents, %5 pages in %6 files</source>
        <translation>Run %1: %2 — %3 of %4 documents, %5 pages in %6 files</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Pages per spool fi&amp;le</source>
        <translation>Pages per spool fi&amp;le</translation>
    </message>
</context>
<context>
    <name>kikan::client::MemberChoice</name>
    <message>
        <source>(no change)</source>
        <translation>(no change)</translation>
    </message>
</context>
<context>
    <name>kikan::client::MopedCounterDialog</name>
    <message>
        <source>Moped registration and plate issue</source>
        <translation>Moped registration and plate issue</translation>
    </message>
    <message>
        <source>Plate re-issue after loss</source>
        <translation>Plate re-issue after loss</translation>
    </message>
    <message>
        <source>Moped deregistration</source>
        <translation>Moped deregistration</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>&amp;Effective date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Accept deregistration</source>
        <translation>&amp;Accept deregistration</translation>
    </message>
    <message>
        <source>&amp;Issue plate</source>
        <translation>&amp;Issue plate</translation>
    </message>
    <message>
        <source>Vehicle &amp;class:</source>
        <translation>Vehicle &amp;class:</translation>
    </message>
    <message>
        <source>Po&amp;wer:</source>
        <translation>Po&amp;wer:</translation>
    </message>
    <message>
        <source>C&amp;hassis number:</source>
        <translation>C&amp;hassis number:</translation>
    </message>
    <message>
        <source>&amp;Owner (party number):</source>
        <translation>&amp;Owner (party number):</translation>
    </message>
    <message>
        <source>&amp;User (party number, if another):</source>
        <translation>&amp;User (party number, if another):</translation>
    </message>
    <message>
        <source>&amp;Storage place:</source>
        <translation>&amp;Storage place:</translation>
    </message>
    <message>
        <source>No document was issued.</source>
        <translation>No document was issued.</translation>
    </message>
    <message>
        <source>Deregistration accepted: receipt %1.</source>
        <translation>Deregistration accepted: receipt %1.</translation>
    </message>
    <message>
        <source>Plate %1 issued: certificate %2. Hand over the plate and the certificate.</source>
        <translation>Plate %1 issued: certificate %2. Hand over the plate and the certificate.</translation>
    </message>
</context>
<context>
    <name>kikan::client::OcrBatchTab</name>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Batch folder:</source>
        <translation>&amp;Batch folder:</translation>
    </message>
    <message>
        <source>&amp;Recognition file:</source>
        <translation>&amp;Recognition file:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import OCR batch</source>
        <translation>Import OCR batch</translation>
    </message>
    <message>
        <source>Import batch %1 and apply its payments?</source>
        <translation>Import batch %1 and apply its payments?</translation>
    </message>
    <message>
        <source>Dry run (nothing applied): </source>
        <translation>Dry run (nothing applied): </translation>
    </message>
    <message>
        <source>This batch was already imported; nothing applied again: </source>
        <translation>This batch was already imported; nothing applied again: </translation>
    </message>
    <message>
        <source>%1 matched, %2 mismatched, %3 unmatched, total %4</source>
        <translation>%1 matched, %2 mismatched, %3 unmatched, total %4</translation>
    </message>
    <message>
        <source>The image is shown once the batch is imported.</source>
        <translation>The image is shown once the batch is imported.</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancel import</translation>
    </message>
    <message>
        <source>%v / %m slips</source>
        <translation>%v / %m slips</translation>
    </message>
    <message>
        <source>The import was cancelled while the slips were being read; nothing was applied.</source>
        <translation>The import was cancelled while the slips were being read; nothing was applied.</translation>
    </message>
</context>
<context>
    <name>kikan::client::PaymentStatusTab</name>
    <message>
        <source>Party number</source>
        <translation>Party number</translation>
    </message>
    <message>
        <source>&amp;Party number:</source>
        <translation>&amp;Party number:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Installment</source>
        <translation>Installment</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Late charge</source>
        <translation>Late charge</translation>
    </message>
    <message>
        <source>Overpaid</source>
        <translation>Overpaid</translation>
    </message>
    <message>
        <source>Receipts of the selected assessment:</source>
        <translation>Receipts of the selected assessment:</translation>
    </message>
    <message>
        <source>%1 assessments: assessed %2, paid %3, outstanding %4, late charge %5, overpaid %6</source>
        <translation>%1 assessments: assessed %2, paid %3, outstanding %4, late charge %5, overpaid %6</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 (applied %5, overpaid %6)</source>
        <translation>%1  %2  %3  %4 (applied %5, overpaid %6)</translation>
    </message>
</context>
<context>
    <name>kikan::client::PcscCardReader</name>
    <message>
        <source>PC/SC サービスが動いていません。カードリーダーのサービスを確認してください。</source>
        <translation>The PC/SC service is not running. Check the card reader service.</translation>
    </message>
    <message>
        <source>カードリーダーが見つかりません。接続を確認してください。</source>
        <translation>No card reader was found. Check its connection.</translation>
    </message>
    <message>
        <source>カードを読み取れませんでした。もう一度カードをかざしてください。</source>
        <translation>The card could not be read. Hold the card over the reader again.</translation>
    </message>
    <message>
        <source>カードリーダーでエラーが発生しました（コード %1）。</source>
        <translation>The card reader reported an error (code %1).</translation>
    </message>
</context>
<context>
    <name>kikan::client::PersonEditForm</name>
    <message>
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Given name:</translation>
    </message>
    <message>
        <source>Surname reading:</source>
        <translation>Surname reading:</translation>
    </message>
    <message>
        <source>Given name reading:</source>
        <translation>Given name reading:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Born:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Relationship:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Registered domicile:</source>
        <translation>Registered domicile:</translation>
    </message>
    <message>
        <source>Head of family register:</source>
        <translation>Head of family register:</translation>
    </message>
    <message>
        <source>Nationality:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <source>Residence status:</source>
        <translation>Residence status:</translation>
    </message>
    <message>
        <source>Period of stay:</source>
        <translation>Period of stay:</translation>
    </message>
    <message>
        <source>Stay expires:</source>
        <translation>Stay expires:</translation>
    </message>
    <message>
        <source>Residence card no.:</source>
        <translation>Residence card no.:</translation>
    </message>
    <message>
        <source>Art. 30-45 class:</source>
        <translation>Art. 30-45 class:</translation>
    </message>
    <message>
        <source>Entry to correct:</source>
        <translation>Entry to correct:</translation>
    </message>
    <message>
        <source>Town area:</source>
        <translation>Town area:</translation>
    </message>
    <message>
        <source>Lot number:</source>
        <translation>Lot number:</translation>
    </message>
    <message>
        <source>e.g. misread the notification (届書の誤読)</source>
        <translation>e.g. misread the notification (届書の誤読)</translation>
    </message>
    <message>
        <source>e.g. 5070601 or R7.6.1</source>
        <translation>e.g. 5070601 or R7.6.1</translation>
    </message>
    <message>
        <source>No. %1  %2 %3  %4</source>
        <translation>No. %1  %2 %3  %4</translation>
    </message>
    <message>
        <source>Enter the reading in katakana or hiragana.</source>
        <translation>Enter the reading in katakana or hiragana.</translation>
    </message>
    <message>
        <source>Enter this item.</source>
        <translation>Enter this item.</translation>
    </message>
    <message>
        <source>Nothing is changed: change the items to correct.</source>
        <translation>Nothing is changed: change the items to correct.</translation>
    </message>
    <message>
        <source>Date of change:</source>
        <translation>Date of change:</translation>
    </message>
    <message>
        <source>Reason (ex officio):</source>
        <translation>Reason (ex officio):</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
</context>
<context>
    <name>kikan::client::PersonEndForm</name>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Date of death:</source>
        <translation>Date of death:</translation>
    </message>
    <message>
        <source>Date of removal:</source>
        <translation>Date of removal:</translation>
    </message>
    <message>
        <source>Notified by:</source>
        <translation>Notified by:</translation>
    </message>
    <message>
        <source>e.g. the wife, 髙橋 花子</source>
        <translation>e.g. the wife, 髙橋 花子</translation>
    </message>
    <message>
        <source>Others&apos; new relationship:</source>
        <translation>Others&apos; new relationship:</translation>
    </message>
    <message>
        <source>The householder leaves: choose the new householder (02) among the others.</source>
        <translation>The householder leaves: choose the new householder (02) among the others.</translation>
    </message>
</context>
<context>
    <name>kikan::client::PrintOffsetDialog</name>
    <message>
        <source>Print position adjustment</source>
        <translation>Print position adjustment</translation>
    </message>
    <message>
        <source>Counter 1</source>
        <translation>Counter 1</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Counter (certificates)</source>
        <translation>Counter (certificates)</translation>
    </message>
    <message>
        <source>Sheet (notices)</source>
        <translation>Sheet (notices)</translation>
    </message>
    <message>
        <source>Continuous form</source>
        <translation>Continuous form</translation>
    </message>
    <message>
        <source>Print on both sides</source>
        <translation>Print on both sides</translation>
    </message>
    <message>
        <source> in</source>
        <translation> in</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Printer:</translation>
    </message>
    <message>
        <source>Tray:</source>
        <translation>Tray:</translation>
    </message>
    <message>
        <source>Fanfold width:</source>
        <translation>Fanfold width:</translation>
    </message>
    <message>
        <source>Fanfold length:</source>
        <translation>Fanfold length:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Right (+) / left (-):</source>
        <translation>Right (+) / left (-):</translation>
    </message>
    <message>
        <source>Down (+) / up (-):</source>
        <translation>Down (+) / up (-):</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Scale:</translation>
    </message>
    <message>
        <source>Print the test page on the form&apos;s paper, measure how far the red frames lie from the printed ones, and enter that distance.</source>
        <translation>Print the test page on the form&apos;s paper, measure how far the red frames lie from the printed ones, and enter that distance.</translation>
    </message>
    <message>
        <source>Print &amp;test page...</source>
        <translation>Print &amp;test page...</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Export...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Import...</translation>
    </message>
    <message>
        <source>Choose a form.</source>
        <translation>Choose a form.</translation>
    </message>
    <message>
        <source>The test page was sent to the printer.</source>
        <translation>The test page was sent to the printer.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Printer %1</source>
        <translation>Printer %1</translation>
    </message>
    <message>
        <source>Export printer profiles</source>
        <translation>Export printer profiles</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Import printer profiles</source>
        <translation>Import printer profiles</translation>
    </message>
    <message>
        <source>The file holds no profile.</source>
        <translation>The file holds no profile.</translation>
    </message>
    <message>
        <source>Imported %1 profile(s); save to keep them.</source>
        <translation>Imported %1 profile(s); save to keep them.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ProfilePrinting</name>
    <message>
        <source>The printer &quot;%1&quot; of the profile &quot;%2&quot; is not installed on this terminal. Nothing was printed.</source>
        <translation>The printer &quot;%1&quot; of the profile &quot;%2&quot; is not installed on this terminal. Nothing was printed.</translation>
    </message>
    <message>
        <source>The printer could not start printing.</source>
        <translation>The printer could not start printing.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ReceiptQueueTab</name>
    <message>
        <source>Re&amp;load queue</source>
        <translation>Re&amp;load queue</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>&amp;Open receipt</source>
        <translation>&amp;Open receipt</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Notice no.</source>
        <translation>Notice no.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Notice no. to match:</source>
        <translation>&amp;Notice no. to match:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <source>&amp;Match by hand</source>
        <translation>&amp;Match by hand</translation>
    </message>
    <message>
        <source>Re&amp;verse match</source>
        <translation>Re&amp;verse match</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Receipt %1: %2, %3, notice no. %4, %5</source>
        <translation>Receipt %1: %2, %3, notice no. %4, %5</translation>
    </message>
    <message>
        <source>%1  %2 → %3  by %4: %5</source>
        <translation>%1  %2 → %3  by %4: %5</translation>
    </message>
    <message>
        <source>Choose a receipt first.</source>
        <translation>Choose a receipt first.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ReductionDialog</name>
    <message>
        <source>Tax reduction: application and decision</source>
        <translation>Tax reduction: application and decision</translation>
    </message>
    <message>
        <source>Tax reduction: withdrawal</source>
        <translation>Tax reduction: withdrawal</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Fiscal year:</source>
        <translation>&amp;Fiscal year:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Full exemption</source>
        <translation>Full exemption</translation>
    </message>
    <message>
        <source>A share of the tax</source>
        <translation>A share of the tax</translation>
    </message>
    <message>
        <source>An amount</source>
        <translation>An amount</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;How:</translation>
    </message>
    <message>
        <source>e.g. 0.5 or 50%</source>
        <translation>e.g. 0.5 or 50%</translation>
    </message>
    <message>
        <source>A&amp;mount (yen):</source>
        <translation>A&amp;mount (yen):</translation>
    </message>
    <message>
        <source>&amp;Applied on:</source>
        <translation>&amp;Applied on:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Decided on:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Withdrawn on:</source>
        <translation>&amp;Withdrawn on:</translation>
    </message>
    <message>
        <source>Fiscal year %1: %2 (decided %3)</source>
        <translation>Fiscal year %1: %2 (decided %3)</translation>
    </message>
    <message>
        <source>This vehicle has no reduction in force.</source>
        <translation>This vehicle has no reduction in force.</translation>
    </message>
    <message>
        <source>Reduction %1 recorded. It applies at the next annual assessment (a re-run corrects an assessed year).</source>
        <translation>Reduction %1 recorded. It applies at the next annual assessment (a re-run corrects an assessed year).</translation>
    </message>
    <message>
        <source>Withdrawal recorded; fiscal year %1 was corrected to the tax without the reduction.</source>
        <translation>Withdrawal recorded; fiscal year %1 was corrected to the tax without the reduction.</translation>
    </message>
    <message>
        <source>Withdrawal recorded; the year has not been assessed yet.</source>
        <translation>Withdrawal recorded; the year has not been assessed yet.</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;Share:</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentFormat</name>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Moved out (removed record)</source>
        <translation>Moved out (removed record)</translation>
    </message>
    <message>
        <source>Deceased (removed record)</source>
        <translation>Deceased (removed record)</translation>
    </message>
    <message>
        <source>Struck off (removed record)</source>
        <translation>Struck off (removed record)</translation>
    </message>
    <message>
        <source>Japanese national</source>
        <translation>Japanese national</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>Foreign resident</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentHistoryTable</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentInquiryWidget</name>
    <message>
        <source>&amp;Back to search</source>
        <translation>&amp;Back to search</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>View the record as it was on this date (e.g. 5060401, R6.4.1)</source>
        <translation>View the record as it was on this date (e.g. 5060401, R6.4.1)</translation>
    </message>
    <message>
        <source>&amp;Move within town...</source>
        <translation>&amp;Move within town...</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>As of: %1</translation>
    </message>
    <message>
        <source>Resident record</source>
        <translation>Resident record</translation>
    </message>
    <message>
        <source>shown as of %1</source>
        <translation>shown as of %1</translation>
    </message>
    <message>
        <source>Support measure (DV etc.) in force: do not disclose this person&apos;s address; certificates only as the measure allows.</source>
        <translation>Support measure (DV etc.) in force: do not disclose this person&apos;s address; certificates only as the measure allows.</translation>
    </message>
    <message>
        <source>Removed record: %1.</source>
        <translation>Removed record: %1.</translation>
    </message>
    <message>
        <source>A move-out is planned.</source>
        <translation>A move-out is planned.</translation>
    </message>
    <message>
        <source>Not on the register on that date: the latest state is shown.</source>
        <translation>Not on the register on that date: the latest state is shown.</translation>
    </message>
    <message>
        <source>Foreign resident</source>
        <translation>Foreign resident</translation>
    </message>
    <message>
        <source>Household %1 (%2 members)</source>
        <translation>Household %1 (%2 members)</translation>
    </message>
    <message>
        <source> - %1 not shown (support measure)</source>
        <translation> - %1 not shown (support measure)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>Every change of this person or household, with its shortcut</source>
        <translation>Every change of this person or household, with its shortcut</translation>
    </message>
    <message>
        <source>Move-&amp;out...</source>
        <translation>Move-&amp;out...</translation>
    </message>
    <message>
        <source>Cancel the move-o&amp;ut...</source>
        <translation>Cancel the move-o&amp;ut...</translation>
    </message>
    <message>
        <source>&amp;Birth into this household...</source>
        <translation>&amp;Birth into this household...</translation>
    </message>
    <message>
        <source>&amp;Death...</source>
        <translation>&amp;Death...</translation>
    </message>
    <message>
        <source>Change of &amp;householder...</source>
        <translation>Change of &amp;householder...</translation>
    </message>
    <message>
        <source>Household &amp;split...</source>
        <translation>Household &amp;split...</translation>
    </message>
    <message>
        <source>Household mer&amp;ger...</source>
        <translation>Household mer&amp;ger...</translation>
    </message>
    <message>
        <source>Correction &amp;ex officio...</source>
        <translation>Correction &amp;ex officio...</translation>
    </message>
    <message>
        <source>&amp;Removal ex officio...</source>
        <translation>&amp;Removal ex officio...</translation>
    </message>
    <message>
        <source>&amp;Foreign resident items...</source>
        <translation>&amp;Foreign resident items...</translation>
    </message>
    <message>
        <source>&amp;Certificate...</source>
        <translation>&amp;Certificate...</translation>
    </message>
    <message>
        <source>Issue a copy of the resident record or another certificate (Ctrl+P)</source>
        <translation>Issue a copy of the resident record or another certificate (Ctrl+P)</translation>
    </message>
    <message>
        <source>Correct an entry (&amp;K)...</source>
        <translation>Correct an entry (&amp;K)...</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentPage</name>
    <message>
        <source>%1 registered.</source>
        <translation>%1 registered.</translation>
    </message>
    <message>
        <source> Notification no. %1.</source>
        <translation> Notification no. %1.</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentPersonPanel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>Party no.</translation>
    </message>
    <message>
        <source>Household no.</source>
        <translation>Household no.</translation>
    </message>
    <message>
        <source>Record code</source>
        <translation>Record code</translation>
    </message>
    <message>
        <source>My Number</source>
        <translation>My Number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>Householder</source>
        <translation>Householder</translation>
    </message>
    <message>
        <source>Resident since</source>
        <translation>Resident since</translation>
    </message>
    <message>
        <source>At address since</source>
        <translation>At address since</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>History no.</source>
        <translation>History no.</translation>
    </message>
    <message>
        <source>Previous address</source>
        <translation>Previous address</translation>
    </message>
    <message>
        <source>Moved out to</source>
        <translation>Moved out to</translation>
    </message>
    <message>
        <source>Registered domicile</source>
        <translation>Registered domicile</translation>
    </message>
    <message>
        <source>Head of family register</source>
        <translation>Head of family register</translation>
    </message>
    <message>
        <source>Former surname</source>
        <translation>Former surname</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Period of stay</source>
        <translation>Period of stay</translation>
    </message>
    <message>
        <source>Stay expires</source>
        <translation>Stay expires</translation>
    </message>
    <message>
        <source>Residence card no.</source>
        <translation>Residence card no.</translation>
    </message>
    <message>
        <source>Art. 30-45 class</source>
        <translation>Art. 30-45 class</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Name (Roman)</source>
        <translation>Name (Roman)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>kikan::client::ResidentSearchWidget</name>
    <message>
        <source>Name, reading, birth date (e.g. 4020115), number or address</source>
        <translation>Name, reading, birth date (e.g. 4020115), number or address</translation>
    </message>
    <message>
        <source>Include &amp;removed records</source>
        <translation>Include &amp;removed records</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Move &amp;in...</source>
        <translation>Move &amp;in...</translation>
    </message>
    <message>
        <source>Enter a move-in (転入) from another municipality</source>
        <translation>Enter a move-in (転入) from another municipality</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Party no.</source>
        <translation>Party no.</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Type a name, a reading, a birth date or a number.</source>
        <translation>Type a name, a reading, a birth date or a number.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Found by a looser spelling of the name</source>
        <translation>Found by a looser spelling of the name</translation>
    </message>
    <message>
        <source>No one found.</source>
        <translation>No one found.</translation>
    </message>
    <message>
        <source>%1-%2 of %3</source>
        <translation>%1-%2 of %3</translation>
    </message>
    <message>
        <source>Former surname</source>
        <translation>Former surname</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>%1 (similar)</source>
        <translation>%1 (similar)</translation>
    </message>
    <message>
        <source>%1-%2 of more than %3: narrow the search</source>
        <translation>%1-%2 of more than %3: narrow the search</translation>
    </message>
</context>
<context>
    <name>kikan::client::RevenuePage</name>
    <message>
        <source>Treasury</source>
        <translation>Treasury</translation>
    </message>
    <message>
        <source>OCR batch</source>
        <translation>OCR batch</translation>
    </message>
    <message>
        <source>Unmatched queue</source>
        <translation>Unmatched queue</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Payment status</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>Daily report</translation>
    </message>
</context>
<context>
    <name>kikan::client::RollPage</name>
    <message>
        <source>Electoral roll</source>
        <translation>Electoral roll</translation>
    </message>
    <message>
        <source>&amp;1 Electors</source>
        <translation>&amp;1 Electors</translation>
    </message>
    <message>
        <source>&amp;2 Registration</source>
        <translation>&amp;2 Registration</translation>
    </message>
    <message>
        <source>&amp;3 Polling districts</source>
        <translation>&amp;3 Polling districts</translation>
    </message>
    <message>
        <source>&amp;4 Extract and inspection</source>
        <translation>&amp;4 Extract and inspection</translation>
    </message>
</context>
<context>
    <name>kikan::client::RollRunPanel</name>
    <message>
        <source>Periodic registration (March, June, September, December)</source>
        <translation>Periodic registration (March, June, September, December)</translation>
    </message>
    <message>
        <source>Registration for an election</source>
        <translation>Registration for an election</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Registration &amp;date:</source>
        <translation>Registration &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Base date (election):</source>
        <translation>&amp;Base date (election):</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Election:</translation>
    </message>
    <message>
        <source>D&amp;ry run</source>
        <translation>D&amp;ry run</translation>
    </message>
    <message>
        <source>Re&amp;gister the listed electors</source>
        <translation>Re&amp;gister the listed electors</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Dry run for base date %1: %2 to add, %3 to remove. Nothing written yet.</source>
        <translation>Dry run for base date %1: %2 to add, %3 to remove. Nothing written yet.</translation>
    </message>
    <message>
        <source>Registered on %1: %2 added, %3 removed.</source>
        <translation>Registered on %1: %2 added, %3 removed.</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealCertificateDialog</name>
    <message>
        <source>Seal registration certificate</source>
        <translation>Seal registration certificate</translation>
    </message>
    <message>
        <source>Number on the seal registration card</source>
        <translation>Number on the seal registration card</translation>
    </message>
    <message>
        <source>&amp;Card number:</source>
        <translation>&amp;Card number:</translation>
    </message>
    <message>
        <source>The person in person</source>
        <translation>The person in person</translation>
    </message>
    <message>
        <source>An agent with the card</source>
        <translation>An agent with the card</translation>
    </message>
    <message>
        <source>&amp;Requested by:</source>
        <translation>&amp;Requested by:</translation>
    </message>
    <message>
        <source>&amp;Agent&apos;s name:</source>
        <translation>&amp;Agent&apos;s name:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>Issued: serial %1. Hand it out and keep the card with the person.</source>
        <translation>Issued: serial %1. Hand it out and keep the card with the person.</translation>
    </message>
    <message>
        <source>The certificate cannot be shown.</source>
        <translation>The certificate cannot be shown.</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealPage</name>
    <message>
        <source>Seal registration</source>
        <translation>Seal registration</translation>
    </message>
    <message>
        <source>Party number</source>
        <translation>Party number</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;New registration...</source>
        <translation>&amp;New registration...</translation>
    </message>
    <message>
        <source>Issue &amp;certificate...</source>
        <translation>Issue &amp;certificate...</translation>
    </message>
    <message>
        <source>&amp;End on application</source>
        <translation>&amp;End on application</translation>
    </message>
    <message>
        <source>Party number:</source>
        <translation>Party number:</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Size (mm)</source>
        <translation>Size (mm)</translation>
    </message>
    <message>
        <source>Impression text</source>
        <translation>Impression text</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Awaiting the answer</source>
        <translation>Awaiting the answer</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Inquiry letter sent</source>
        <translation>Inquiry letter sent</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <source>Card issued</source>
        <translation>Card issued</translation>
    </message>
    <message>
        <source>Card lost</source>
        <translation>Card lost</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Photo ID</translation>
    </message>
    <message>
        <source>Guarantor</source>
        <translation>Guarantor</translation>
    </message>
    <message>
        <source>Inquiry letter</source>
        <translation>Inquiry letter</translation>
    </message>
    <message>
        <source>On application</source>
        <translation>On application</translation>
    </message>
    <message>
        <source>Moved out</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>Death</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Struck off</source>
        <translation>Struck off</translation>
    </message>
    <message>
        <source>Name no longer shown</source>
        <translation>Name no longer shown</translation>
    </message>
    <message>
        <source>No answer by the date</source>
        <translation>No answer by the date</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Identified by: %1
Ends on: %2 %3</source>
        <translation>Identified by: %1
Ends on: %2 %3</translation>
    </message>
    <message>
        <source>End registration</source>
        <translation>End registration</translation>
    </message>
    <message>
        <source>End registration %1 on the person&apos;s application?</source>
        <translation>End registration %1 on the person&apos;s application?</translation>
    </message>
    <message>
        <source>Re-&amp;issue card</source>
        <translation>Seal registration&lt;/source&gt;
        &lt;translation&gt;Seal registration&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Party number&lt;/source&gt;
        &lt;translation&gt;Party number&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;Show&lt;/source&gt;
        &lt;translation&gt;&amp;Show&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;New registration...&lt;/source&gt;
        &lt;translation&gt;&amp;New registration...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Issue &amp;certificate...&lt;/source&gt;
        &lt;translation&gt;Issue &amp;certificate...&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;&amp;End on application&lt;/source&gt;
        &lt;translation&gt;&amp;End on application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Party number:&lt;/source&gt;
        &lt;translation&gt;Party number:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registration&lt;/source&gt;
        &lt;translation&gt;Registration&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;State&lt;/source&gt;
        &lt;translation&gt;State&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registered on&lt;/source&gt;
        &lt;translation&gt;Registered on&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card&lt;/source&gt;
        &lt;translation&gt;Card&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Size (mm)&lt;/source&gt;
        &lt;translation&gt;Size (mm)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Impression text&lt;/source&gt;
        &lt;translation&gt;Impression text&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;History:&lt;/source&gt;
        &lt;translation&gt;History:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Registered&lt;/source&gt;
        &lt;translation&gt;Registered&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Awaiting the answer&lt;/source&gt;
        &lt;translation&gt;Awaiting the answer&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Expired&lt;/source&gt;
        &lt;translation&gt;Expired&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Ended&lt;/source&gt;
        &lt;translation&gt;Ended&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Inquiry letter sent&lt;/source&gt;
        &lt;translation&gt;Inquiry letter sent&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Answer received&lt;/source&gt;
        &lt;translation&gt;Answer received&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card issued&lt;/source&gt;
        &lt;translation&gt;Card issued&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Card lost&lt;/source&gt;
        &lt;translation&gt;Card lost&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Photo ID&lt;/source&gt;
        &lt;translation&gt;Photo ID&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Guarantor&lt;/source&gt;
        &lt;translation&gt;Guarantor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Inquiry letter&lt;/source&gt;
        &lt;translation&gt;Inquiry letter&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;On application&lt;/source&gt;
        &lt;translation&gt;On application&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Moved out&lt;/source&gt;
        &lt;translation&gt;Moved out&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Death&lt;/source&gt;
        &lt;translation&gt;Death&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Struck off&lt;/source&gt;
        &lt;translation&gt;Struck off&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Name no longer shown&lt;/source&gt;
        &lt;translation&gt;Name no longer shown&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;No answer by the date&lt;/source&gt;
        &lt;translation&gt;No answer by the date&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;%1 × %2&lt;/source&gt;
        &lt;translation&gt;%1 × %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Identified by: %1
Ends on: %2 %3&lt;/source&gt;
        &lt;translation&gt;Identified by: %1
Ends on: %2 %3&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End registration&lt;/source&gt;
        &lt;translation&gt;End registration&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;End registration %1 on the person&apos;s application?&lt;/source&gt;
        &lt;translation&gt;End registration %1 on the person&apos;s application?&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;source&gt;Re-&amp;issue card</translation>
    </message>
    <message>
        <source>Card &amp;lost</source>
        <translation>Card &amp;lost</translation>
    </message>
    <message>
        <source>&amp;Awaiting answers...</source>
        <translation>&amp;Awaiting answers...</translation>
    </message>
    <message>
        <source>End registration %1 because card %2 was lost?</source>
        <translation>End registration %1 because card %2 was lost?</translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>Re-issue card</translation>
    </message>
    <message>
        <source>Issue a new card for registration %1? Card %2 can no longer be used.</source>
        <translation>Issue a new card for registration %1? Card %2 can no longer be used.</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealPendingDialog</name>
    <message>
        <source>Inquiry letters awaiting an answer</source>
        <translation>Inquiry letters awaiting an answer</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Party number</source>
        <translation>Party number</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Impression text</source>
        <translation>Impression text</translation>
    </message>
    <message>
        <source>&amp;Answer received</source>
        <translation>&amp;Answer received</translation>
    </message>
    <message>
        <source>Save the &amp;letter...</source>
        <translation>Save the &amp;letter...</translation>
    </message>
    <message>
        <source>Expired: apply again</source>
        <translation>Expired: apply again</translation>
    </message>
    <message>
        <source>Awaiting the answer</source>
        <translation>Awaiting the answer</translation>
    </message>
    <message>
        <source>Registered. Hand over seal registration card %1.</source>
        <translation>Registered. Hand over seal registration card %1.</translation>
    </message>
    <message>
        <source>Save the inquiry letter</source>
        <translation>Save the inquiry letter</translation>
    </message>
</context>
<context>
    <name>kikan::client::SealRegisterDialog</name>
    <message>
        <source>Seal registration</source>
        <translation>Seal registration</translation>
    </message>
    <message>
        <source>Party number:</source>
        <translation>Party number:</translation>
    </message>
    <message>
        <source>Photo ID issued by a public office (same day)</source>
        <translation>Photo ID issued by a public office (same day)</translation>
    </message>
    <message>
        <source>Guarantor registered in the town (same day)</source>
        <translation>Guarantor registered in the town (same day)</translation>
    </message>
    <message>
        <source>Inquiry letter to the address</source>
        <translation>Inquiry letter to the address</translation>
    </message>
    <message>
        <source>&amp;Identified by:</source>
        <translation>&amp;Identified by:</translation>
    </message>
    <message>
        <source>e.g. driving licence, My Number card</source>
        <translation>e.g. driving licence, My Number card</translation>
    </message>
    <message>
        <source>&amp;Document shown:</source>
        <translation>&amp;Document shown:</translation>
    </message>
    <message>
        <source>The guarantor&apos;s seal card number</source>
        <translation>The guarantor&apos;s seal card number</translation>
    </message>
    <message>
        <source>&amp;Guarantor&apos;s card:</source>
        <translation>&amp;Guarantor&apos;s card:</translation>
    </message>
    <message>
        <source>As the impression reads, e.g. the full name</source>
        <translation>As the impression reads, e.g. the full name</translation>
    </message>
    <message>
        <source>Impression &amp;text:</source>
        <translation>Impression &amp;text:</translation>
    </message>
    <message>
        <source>Rubber or other deformable material</source>
        <translation>Rubber or other deformable material</translation>
    </message>
    <message>
        <source>Worn, chipped or unclear</source>
        <translation>Worn, chipped or unclear</translation>
    </message>
    <message>
        <source>Inspection:</source>
        <translation>Inspection:</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>from the file</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Load scanned image...</source>
        <translation>&amp;Load scanned image...</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <source>No impression measured yet.</source>
        <translation>No impression measured yet.</translation>
    </message>
    <message>
        <source>Scanned seal impression</source>
        <translation>Scanned seal impression</translation>
    </message>
    <message>
        <source>Images (*.png *.tif *.tiff)</source>
        <translation>Images (*.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Width %1 mm × height %2 mm (scanned at %3 dpi; shown ×%4)</source>
        <translation>Width %1 mm × height %2 mm (scanned at %3 dpi; shown ×%4)</translation>
    </message>
    <message>
        <source>Within the size rule (over 8 mm, within 25 mm).</source>
        <translation>Within the size rule (over 8 mm, within 25 mm).</translation>
    </message>
    <message>
        <source>Load the scanned impression first.</source>
        <translation>Load the scanned impression first.</translation>
    </message>
</context>
<context>
    <name>kikan::client::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Browse...</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Only servers whose certificate is signed by this CA are trusted. A change of language takes effect at the next start.</source>
        <translation>Only servers whose certificate is signed by this CA are trusted. A change of language takes effect at the next start.</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server URL:</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA certificate:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificates (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The server URL must start with https:// and name the server.</source>
        <translation>The server URL must start with https:// and name the server.</translation>
    </message>
    <message>
        <source>The CA certificate file does not exist: %1</source>
        <translation>The CA certificate file does not exist: %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::SignInDialog</name>
    <message>
        <source>Kikan - Sign in</source>
        <translation>Kikan - Sign in</translation>
    </message>
    <message>
        <source>Sign in to Kikan with your staff ID card.</source>
        <translation>Sign in to Kikan with your staff ID card.</translation>
    </message>
    <message>
        <source>Staff ID card</source>
        <translation>Staff ID card</translation>
    </message>
    <message>
        <source>ID and password</source>
        <translation>ID and password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <source>Hold your staff ID card over the card reader.</source>
        <translation>Hold your staff ID card over the card reader.</translation>
    </message>
    <message>
        <source>No card has been read yet.</source>
        <translation>No card has been read yet.</translation>
    </message>
    <message>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <source>Staff ID:</source>
        <translation>Staff ID:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Kikan - Sign in again</source>
        <translation>Kikan - Sign in again</translation>
    </message>
    <message>
        <source>%1
Sign in again as %2 (%3) to continue. The screen you were working on stays as it was.</source>
        <translation>%1
Sign in again as %2 (%3) to continue. The screen you were working on stays as it was.</translation>
    </message>
    <message>
        <source>The card has been read. Enter your PIN.</source>
        <translation>The card has been read. Enter your PIN.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Enter your PIN.</translation>
    </message>
    <message>
        <source>Enter your staff ID and password.</source>
        <translation>Enter your staff ID and password.</translation>
    </message>
    <message>
        <source>Sign-in was not completed: the temporary password must be changed first.</source>
        <translation>Sign-in was not completed: the temporary password must be changed first.</translation>
    </message>
</context>
<context>
    <name>kikan::client::TaxCertificateDialog</name>
    <message>
        <source>Light vehicle tax certificate (for vehicle inspection)</source>
        <translation>Light vehicle tax certificate (for vehicle inspection)</translation>
    </message>
    <message>
        <source>No vehicle selected</source>
        <translation>No vehicle selected</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>No certificate was issued.</source>
        <translation>No certificate was issued.</translation>
    </message>
    <message>
        <source>Issued: serial %1. Free of charge.</source>
        <translation>Issued: serial %1. Free of charge.</translation>
    </message>
</context>
<context>
    <name>kikan::client::UserDialog</name>
    <message>
        <source>New staff user</source>
        <translation>New staff user</translation>
    </message>
    <message>
        <source>Edit staff user</source>
        <translation>Edit staff user</translation>
    </message>
    <message>
        <source>Staff ID:</source>
        <translation>Staff ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>First password:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
</context>
<context>
    <name>kikan::client::UsersPage</name>
    <message>
        <source>Staff ID</source>
        <translation>Staff ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Last sign-in</translation>
    </message>
    <message>
        <source>New...</source>
        <translation>New...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Reset password...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <source>Register card...</source>
        <translation>Register card...</translation>
    </message>
    <message>
        <source>Revoke card...</source>
        <translation>Revoke card...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n staff user(s).</source>
        <translation>
            <numerusform>%n staff user.</numerusform>
            <numerusform>%n staff users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Enable</translation>
    </message>
    <message>
        <source>Allow %1 to sign in again?</source>
        <translation>Allow %1 to sign in again?</translation>
    </message>
    <message>
        <source>Stop %1 from signing in?</source>
        <translation>Stop %1 from signing in?</translation>
    </message>
    <message>
        <source>Staff users</source>
        <translation>Staff users</translation>
    </message>
    <message>
        <source>Enabled.</source>
        <translation>Enabled.</translation>
    </message>
    <message>
        <source>Disabled.</source>
        <translation>Disabled.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Unlocked.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>New password for %1 (they must change it at the next sign-in):</source>
        <translation>New password for %1 (they must change it at the next sign-in):</translation>
    </message>
    <message>
        <source>The password has been reset.</source>
        <translation>The password has been reset.</translation>
    </message>
    <message>
        <source>The card has been registered.</source>
        <translation>The card has been registered.</translation>
    </message>
    <message>
        <source>Revoke card</source>
        <translation>Revoke card</translation>
    </message>
    <message>
        <source>Card to revoke:</source>
        <translation>Card to revoke:</translation>
    </message>
    <message>
        <source>The card has been revoked.</source>
        <translation>The card has been revoked.</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehicleEntryDialog</name>
    <message>
        <source>Register a vehicle</source>
        <translation>Register a vehicle</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>Change of owner</translation>
    </message>
    <message>
        <source>Deregister a vehicle</source>
        <translation>Deregister a vehicle</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Vehicle:</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>&amp;Effective date:</translation>
    </message>
    <message>
        <source>New &amp;owner (party number):</source>
        <translation>New &amp;owner (party number):</translation>
    </message>
    <message>
        <source>&amp;User (party number, if another):</source>
        <translation>&amp;User (party number, if another):</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Plate number:</source>
        <translation>&amp;Plate number:</translation>
    </message>
    <message>
        <source>Vehicle &amp;class:</source>
        <translation>Vehicle &amp;class:</translation>
    </message>
    <message>
        <source>Us&amp;e:</source>
        <translation>Us&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <source>&amp;First inspection:</source>
        <translation>&amp;First inspection:</translation>
    </message>
    <message>
        <source>2018-06, or the year only</source>
        <translation>2018-06, or the year only</translation>
    </message>
    <message>
        <source>Po&amp;wer:</source>
        <translation>Po&amp;wer:</translation>
    </message>
    <message>
        <source>First registered as a &amp;new vehicle</source>
        <translation>First registered as a &amp;new vehicle</translation>
    </message>
    <message>
        <source>C&amp;hassis number:</source>
        <translation>C&amp;hassis number:</translation>
    </message>
    <message>
        <source>&amp;Owner (party number):</source>
        <translation>&amp;Owner (party number):</translation>
    </message>
    <message>
        <source>&amp;Storage place:</source>
        <translation>&amp;Storage place:</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehicleInquiry</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Taxpayer</source>
        <translation>Taxpayer</translation>
    </message>
    <message>
        <source>Rate class</source>
        <translation>Rate class</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Tax</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Notice number</source>
        <translation>Notice number</translation>
    </message>
    <message>
        <source>&amp;Tax by fiscal year</source>
        <translation>&amp;Tax by fiscal year</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>Vehicle class</translation>
    </message>
    <message>
        <source>First inspection</source>
        <translation>First inspection</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Chassis number</source>
        <translation>Chassis number</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>In force since</source>
        <translation>In force since</translation>
    </message>
    <message>
        <source>FY %1</source>
        <translation>FY %1</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehiclePage</name>
    <message>
        <source>Light vehicle tax</source>
        <translation>Light vehicle tax</translation>
    </message>
    <message>
        <source>Plate number, owner&apos;s name or party number</source>
        <translation>Plate number, owner&apos;s name or party number</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>&amp;Register...</source>
        <translation>&amp;Register...</translation>
    </message>
    <message>
        <source>Change of &amp;owner...</source>
        <translation>Change of &amp;owner...</translation>
    </message>
    <message>
        <source>&amp;Deregister...</source>
        <translation>&amp;Deregister...</translation>
    </message>
    <message>
        <source>Tax &amp;certificate...</source>
        <translation>Tax &amp;certificate...</translation>
    </message>
    <message>
        <source>&amp;Annual assessment...</source>
        <translation>&amp;Annual assessment...</translation>
    </message>
    <message>
        <source>Plate number</source>
        <translation>Plate number</translation>
    </message>
    <message>
        <source>Vehicle class</source>
        <translation>Vehicle class</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Storage place</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <source>First inspection</source>
        <translation>First inspection</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No vehicle found.</source>
        <translation>No vehicle found.</translation>
    </message>
    <message>
        <source>Select a vehicle first.</source>
        <translation>Select a vehicle first.</translation>
    </message>
    <message>
        <source>Town-registered vehicles:</source>
        <translation>Town-registered vehicles:</translation>
    </message>
    <message>
        <source>&amp;Moped registration...</source>
        <translation>&amp;Moped registration...</translation>
    </message>
    <message>
        <source>Re-issue &amp;plate...</source>
        <translation>Re-issue &amp;plate...</translation>
    </message>
    <message>
        <source>Moped deregistration (&amp;X)...</source>
        <translation>Moped deregistration (&amp;X)...</translation>
    </message>
    <message>
        <source>Reduc&amp;tion...</source>
        <translation>Reduc&amp;tion...</translation>
    </message>
    <message>
        <source>&amp;Withdraw reduction...</source>
        <translation>&amp;Withdraw reduction...</translation>
    </message>
</context>
<context>
    <name>kikan::client::VehicleText</name>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Passenger</source>
        <translation>Passenger</translation>
    </message>
    <message>
        <source>Cargo</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Four-wheeled light vehicle</source>
        <translation>Four-wheeled light vehicle</translation>
    </message>
    <message>
        <source>Three-wheeled light vehicle</source>
        <translation>Three-wheeled light vehicle</translation>
    </message>
    <message>
        <source>Moped class 1 (50 cc or less)</source>
        <translation>Moped class 1 (50 cc or less)</translation>
    </message>
    <message>
        <source>Moped class 2b (50-90 cc)</source>
        <translation>Moped class 2b (50-90 cc)</translation>
    </message>
    <message>
        <source>Moped class 2a (90-125 cc)</source>
        <translation>Moped class 2a (90-125 cc)</translation>
    </message>
    <message>
        <source>Minicar</source>
        <translation>Minicar</translation>
    </message>
    <message>
        <source>Small special vehicle (farming)</source>
        <translation>Small special vehicle (farming)</translation>
    </message>
    <message>
        <source>Small special vehicle (other)</source>
        <translation>Small special vehicle (other)</translation>
    </message>
    <message>
        <source>Light motorcycle (125-250 cc)</source>
        <translation>Light motorcycle (125-250 cc)</translation>
    </message>
    <message>
        <source>Small motorcycle (over 250 cc)</source>
        <translation>Small motorcycle (over 250 cc)</translation>
    </message>
    <message>
        <source>Gasoline</source>
        <translation>Gasoline</translation>
    </message>
    <message>
        <source>Diesel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <source>LPG</source>
        <translation>LPG</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Electric</source>
        <translation>Electric</translation>
    </message>
    <message>
        <source>Natural gas</source>
        <translation>Natural gas</translation>
    </message>
    <message>
        <source>Methanol</source>
        <translation>Methanol</translation>
    </message>
    <message>
        <source>Fuel cell</source>
        <translation>Fuel cell</translation>
    </message>
    <message>
        <source>Towed</source>
        <translation>Towed</translation>
    </message>
    <message>
        <source>Four-wheeled, passenger, private</source>
        <translation>Four-wheeled, passenger, private</translation>
    </message>
    <message>
        <source>Four-wheeled, passenger, business</source>
        <translation>Four-wheeled, passenger, business</translation>
    </message>
    <message>
        <source>Four-wheeled, cargo, private</source>
        <translation>Four-wheeled, cargo, private</translation>
    </message>
    <message>
        <source>Four-wheeled, cargo, business</source>
        <translation>Four-wheeled, cargo, business</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registration</translation>
    </message>
    <message>
        <source>Transfer from another town</source>
        <translation>Transfer from another town</translation>
    </message>
    <message>
        <source>Change of owner</source>
        <translation>Change of owner</translation>
    </message>
    <message>
        <source>Change of storage place</source>
        <translation>Change of storage place</translation>
    </message>
    <message>
        <source>Deregistration</source>
        <translation>Deregistration</translation>
    </message>
    <message>
        <source>Plate re-issued</source>
        <translation>Plate re-issued</translation>
    </message>
    <message>
        <source>Old rate</source>
        <translation>Old rate</translation>
    </message>
    <message>
        <source>New rate</source>
        <translation>New rate</translation>
    </message>
    <message>
        <source>Heavy (13 years)</source>
        <translation>Heavy (13 years)</translation>
    </message>
    <message>
        <source>Green reduction</source>
        <translation>Green reduction</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Flat rate</translation>
    </message>
</context>
<context>
    <name>kikan::client::VerificationDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <source>Scan the code, or type the serial number</source>
        <translation>Scan the code, or type the serial number</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>Signature (checked here)</source>
        <translation>Signature (checked here)</translation>
    </message>
    <message>
        <source>Town&apos;s record</source>
        <translation>Town&apos;s record</translation>
    </message>
    <message>
        <source>A certificate is genuine when its signature is the town&apos;s and the town&apos;s record says it was issued and stands. Only the kind and the issue date are shown, never the person.</source>
        <translation>A certificate is genuine when its signature is the town&apos;s and the town&apos;s record says it was issued and stands. Only the kind and the issue date are shown, never the person.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>No code: only the town&apos;s record can be asked.</source>
        <translation>No code: only the town&apos;s record can be asked.</translation>
    </message>
    <message>
        <source>The town&apos;s signature (key %1)</source>
        <translation>The town&apos;s signature (key %1)</translation>
    </message>
    <message>
        <source>Not the town&apos;s signature: the code was altered</source>
        <translation>Not the town&apos;s signature: the code was altered</translation>
    </message>
    <message>
        <source>Signed with a key the town has revoked (%1)</source>
        <translation>Signed with a key the town has revoked (%1)</translation>
    </message>
    <message>
        <source>Key %1 is not known on this terminal</source>
        <translation>Key %1 is not known on this terminal</translation>
    </message>
    <message>
        <source>Issued by the town and valid</source>
        <translation>Issued by the town and valid</translation>
    </message>
    <message>
        <source>Issued, but its signing key has been revoked</source>
        <translation>Issued, but its signing key has been revoked</translation>
    </message>
    <message>
        <source>The code differs from what the town issued</source>
        <translation>The code differs from what the town issued</translation>
    </message>
    <message>
        <source>Genuine certificate</source>
        <translation>Genuine certificate</translation>
    </message>
    <message>
        <source>Issued by the town (no code was checked)</source>
        <translation>Issued by the town (no code was checked)</translation>
    </message>
    <message>
        <source>Not a valid certificate</source>
        <translation>Not a valid certificate</translation>
    </message>
    <message>
        <source>The town&apos;s signature (the town&apos;s record could not be asked)</source>
        <translation>The town&apos;s signature (the town&apos;s record could not be asked)</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Could not be checked</translation>
    </message>
    <message>
        <source>Copy of the resident record (household)</source>
        <translation>Copy of the resident record (household)</translation>
    </message>
    <message>
        <source>Copy of the resident record (individual)</source>
        <translation>Copy of the resident record (individual)</translation>
    </message>
    <message>
        <source>Certificate of resident record entries</source>
        <translation>Certificate of resident record entries</translation>
    </message>
    <message>
        <source>Copy of the removed resident record</source>
        <translation>Copy of the removed resident record</translation>
    </message>
    <message>
        <source>Move-out certificate</source>
        <translation>Move-out certificate</translation>
    </message>
</context>
<context>
    <name>kikan::client::treasury</name>
    <message>
        <source>%1 yen</source>
        <translation>%1 yen</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matched</translation>
    </message>
    <message>
        <source>Partial payment</source>
        <translation>Partial payment</translation>
    </message>
    <message>
        <source>Excess payment</source>
        <translation>Excess payment</translation>
    </message>
    <message>
        <source>Double payment</source>
        <translation>Double payment</translation>
    </message>
    <message>
        <source>Unmatched</source>
        <translation>Unmatched</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Mismatch</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>OCR slip</source>
        <translation>OCR slip</translation>
    </message>
    <message>
        <source>Convenience store</source>
        <translation>Convenience store</translation>
    </message>
    <message>
        <source>Direct debit</source>
        <translation>Direct debit</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
</context>
</TS>
