<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About epewall</source>
        <translation>About epewall</translation>
    </message>
    <message>
        <source>Video wall for customs supervision of export processing enterprises through their cameras (Decision 247/QĐ-TCHQ).</source>
        <translation>Video wall for customs supervision of export processing enterprises through their cameras (Decision 247/QĐ-TCHQ).</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>EPE account</source>
        <translation>EPE account</translation>
    </message>
    <message>
        <source>The account that &lt;b&gt;%1&lt;/b&gt; handed to customs for its cameras and recorder. The password is kept only in the system keyring.</source>
        <translation>The account that &lt;b&gt;%1&lt;/b&gt; handed to customs for its cameras and recorder. The password is kept only in the system keyring.</translation>
    </message>
    <message>
        <source>Type the new password</source>
        <translation>Type the new password</translation>
    </message>
    <message>
        <source>Account &amp;user</source>
        <translation>Account &amp;user</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Remove password</source>
        <translation>&amp;Remove password</translation>
    </message>
    <message>
        <source>Asking the keyring whether a password is stored…</source>
        <translation>Asking the keyring whether a password is stored…</translation>
    </message>
    <message>
        <source>Enter both the account user and the password.</source>
        <translation>Enter both the account user and the password.</translation>
    </message>
    <message>
        <source>The account could not be saved: %1</source>
        <translation>The account could not be saved: %1</translation>
    </message>
    <message>
        <source>The keyring cannot be used now.</source>
        <translation>The keyring cannot be used now.</translation>
    </message>
    <message>
        <source>A password is stored in %1.</source>
        <translation>A password is stored in %1.</translation>
    </message>
    <message>
        <source>No password stored.</source>
        <translation>No password stored.</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The account user name is required.</source>
        <translation>The account user name is required.</translation>
    </message>
    <message>
        <source>The password is required.</source>
        <translation>The password is required.</translation>
    </message>
    <message>
        <source>The EPE "{name}" was not deleted, because its stored password could not be removed from the system keyring. {reason}</source>
        <translation>The EPE "{name}" was not deleted, because its stored password could not be removed from the system keyring. {reason}</translation>
    </message>
</context>
<context>
    <name>AcknowledgeDialog</name>
    <message>
        <source>Handover from the previous officer</source>
        <translation>Handover from the previous officer</translation>
    </message>
    <message>
        <source>{name} handed this workstation over at {time}. Read the note, then confirm that you have read it: your confirmation is kept in the check log.</source>
        <translation>{name} handed this workstation over at {time}. Read the note, then confirm that you have read it: your confirmation is kept in the check log.</translation>
    </message>
    <message>
        <source>I have &amp;read it</source>
        <translation>I have &amp;read it</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>AddEntryDialog</name>
    <message>
        <source>Whole EPE</source>
        <translation>Whole EPE</translation>
    </message>
    <message>
        <source>What happened, what was done</source>
        <translation>What happened, what was done</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>&amp;Time (Vietnam):</source>
        <translation>&amp;Time (Vietnam):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add a logbook entry</source>
        <translation>Add a logbook entry</translation>
    </message>
</context>
<context>
    <name>AddFromDevice</name>
    <message>
        <source>No password is stored for this EPE: type the device's password, or store the EPE's account first (Sites &gt; Set account).</source>
        <translation>No password is stored for this EPE: type the device's password, or store the EPE's account first (Sites &gt; Set account).</translation>
    </message>
    <message>
        <source>The device gave no stream address for this source.</source>
        <translation>The device gave no stream address for this source.</translation>
    </message>
    <message>
        <source>Give the camera's number on the EPE's diagram (1 or more).</source>
        <translation>Give the camera's number on the EPE's diagram (1 or more).</translation>
    </message>
    <message>
        <source>This EPE has no camera {number} to update: choose "New camera", or give the number of the camera to update.</source>
        <translation>This EPE has no camera {number} to update: choose "New camera", or give the number of the camera to update.</translation>
    </message>
    <message>
        <source>This EPE already has a camera with this diagram number. Choose "Update camera {number}" to fill it from the device, or give another number.</source>
        <translation>This EPE already has a camera with this diagram number. Choose "Update camera {number}" to fill it from the device, or give another number.</translation>
    </message>
    <message>
        <source>Two cameras cannot have the same diagram number.</source>
        <translation>Two cameras cannot have the same diagram number.</translation>
    </message>
</context>
<context>
    <name>AddFromDeviceDialog</name>
    <message>
        <source>Add the EPE first: cameras belong to an EPE.</source>
        <translation>Add the EPE first: cameras belong to an EPE.</translation>
    </message>
    <message>
        <source>Give the user name of the EPE's account on the device.</source>
        <translation>Give the user name of the EPE's account on the device.</translation>
    </message>
    <message>
        <source>Probing {address}…</source>
        <translation>Probing {address}…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The device could not be probed: {0}</source>
        <translation>The device could not be probed: {0}</translation>
    </message>
    <message>
        <source>{manufacturer} {model}, firmware {firmware}</source>
        <translation>{manufacturer} {model}, firmware {firmware}</translation>
    </message>
    <message numerus="yes">
        <source>%n video source(s) found. Tick the ones to add and give each its number on the EPE's camera diagram.</source>
        <translation>
            <numerusform>%n video source(s) found. Tick the ones to add and give each its number on the EPE's camera diagram.</numerusform>
            <numerusform>%n video source(s) found. Tick the ones to add and give each its number on the EPE's camera diagram.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device lists no video sources.</source>
        <translation>The device lists no video sources.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) failed: </source>
        <translation>
            <numerusform>%n call(s) failed: </numerusform>
            <numerusform>%n call(s) failed: </numerusform>
        </translation>
    </message>
    <message>
        <source>(no picture)</source>
        <translation>(no picture)</translation>
    </message>
    <message>
        <source>already camera {0}</source>
        <translation>already camera {0}</translation>
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
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>New camera</source>
        <translation>New camera</translation>
    </message>
    <message>
        <source>Update camera {0}</source>
        <translation>Update camera {0}</translation>
    </message>
    <message>
        <source>Source {source}: {problem}</source>
        <translation>Source {source}: {problem}</translation>
    </message>
    <message>
        <source>Add cameras from the device</source>
        <translation>Add cameras from the device</translation>
    </message>
    <message>
        <source>&amp;EPE</source>
        <translation>&amp;EPE</translation>
    </message>
    <message>
        <source>&amp;Device (host or host:port)</source>
        <translation>&amp;Device (host or host:port)</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Leave empty to use the password stored for this EPE</source>
        <translation>Leave empty to use the password stored for this EPE</translation>
    </message>
    <message>
        <source>&amp;Find sources</source>
        <translation>&amp;Find sources</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Add cameras</source>
        <translation>&amp;Add cameras</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation>Main stream</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>Sub stream</translation>
    </message>
    <message>
        <source>PTZ</source>
        <translation>PTZ</translation>
    </message>
    <message>
        <source>Diagram no.</source>
        <translation>Diagram no.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend a check</source>
        <translation>Amend a check</translation>
    </message>
    <message>
        <source>Check of %1 by %2, %3. A closed check is never edited: the amendment is added to the log with your name, the time and the reason.</source>
        <translation>Check of %1 by %2, %3. A closed check is never edited: the amendment is added to the log with your name, the time and the reason.</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Result:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Container numbers:</source>
        <translation>&amp;Container numbers:</translation>
    </message>
    <message>
        <source>&amp;License plates:</source>
        <translation>&amp;License plates:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>epewall cannot start</source>
        <translation>epewall cannot start</translation>
    </message>
    <message>
        <source>epewall: there is no screen %1 (this computer has %2); the tour “%3” runs on the primary screen.</source>
        <translation>epewall: there is no screen %1 (this computer has %2); the tour “%3” runs on the primary screen.</translation>
    </message>
    <message>
        <source>epewall: there is no screen %1 (this computer has %2); the wall “%3” opens on the primary screen.</source>
        <translation>epewall: there is no screen %1 (this computer has %2); the wall “%3” opens on the primary screen.</translation>
    </message>
    <message>
        <source>epewall demo</source>
        <translation>epewall demo</translation>
    </message>
    <message>
        <source>The simulated EPE site could not start. It needs GStreamer's RTSP server from Debian (run 'make demo', which installs it). Details are in the log file:
%1</source>
        <translation>The simulated EPE site could not start. It needs GStreamer's RTSP server from Debian (run 'make demo', which installs it). Details are in the log file:
%1</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <source>Attach the manual vehicle and container log</source>
        <translation>Attach the manual vehicle and container log</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the file of the manual log.</source>
        <translation>Choose the file of the manual log.</translation>
    </message>
    <message>
        <source>The file was not kept.</source>
        <translation>The file was not kept.</translation>
    </message>
</context>
<context>
    <name>AttentionNotice</name>
    <message>
        <source>Interruptions to follow up</source>
        <translation>Interruptions to follow up</translation>
    </message>
    <message>
        <source>{count} open interruption(s) need you today: {missing} not followed up today, {overdue} past the deadline.</source>
        <translation>{count} open interruption(s) need you today: {missing} not followed up today, {overdue} past the deadline.</translation>
    </message>
    <message>
        <source>cameras {numbers}, due {date}</source>
        <translation>cameras {numbers}, due {date}</translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation>Open the register</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>BoardSeverity</name>
    <message>
        <source>Whole EPE dark</source>
        <translation>Whole EPE dark</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cameras down</source>
        <translation>Cameras down</translation>
    </message>
    <message>
        <source>Not followed up today</source>
        <translation>Not followed up today</translation>
    </message>
    <message>
        <source>Interruption open</source>
        <translation>Interruption open</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>All online</source>
        <translation>All online</translation>
    </message>
</context>
<context>
    <name>CameraCondition</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Answers, no picture</source>
        <translation>Answers, no picture</translation>
    </message>
    <message>
        <source>Account refused</source>
        <translation>Account refused</translation>
    </message>
    <message>
        <source>Faulty reply</source>
        <translation>Faulty reply</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Edit camera</source>
        <translation>Edit camera</translation>
    </message>
    <message>
        <source>Add camera</source>
        <translation>Add camera</translation>
    </message>
    <message>
        <source>The camera's number on the EPE's camera diagram</source>
        <translation>The camera's number on the EPE's camera diagram</translation>
    </message>
    <message>
        <source>e.g. Main gate, lane 1</source>
        <translation>e.g. Main gate, lane 1</translation>
    </message>
    <message>
        <source>Without user name or password: the EPE's account is kept in the keyring (Sites &gt; Set account).</source>
        <translation>Without user name or password: the EPE's account is kept in the keyring (Sites &gt; Set account).</translation>
    </message>
    <message>
        <source>&amp;EPE</source>
        <translation>&amp;EPE</translation>
    </message>
    <message>
        <source>&amp;Diagram number *</source>
        <translation>&amp;Diagram number *</translation>
    </message>
    <message>
        <source>&amp;Position *</source>
        <translation>&amp;Position *</translation>
    </message>
    <message>
        <source>Must be online</source>
        <translation>Must be online</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Main stream URL</source>
        <translation>&amp;Main stream URL</translation>
    </message>
    <message>
        <source>&amp;Sub stream URL</source>
        <translation>&amp;Sub stream URL</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>Play the streams once with the EPE's account and show the codec, size and frame rate received</source>
        <translation>Play the streams once with the EPE's account and show the codec, size and frame rate received</translation>
    </message>
    <message>
        <source>Yes: this position must be connected to customs (Decision 247, I.1.2)</source>
        <translation>Yes: this position must be connected to customs (Decision 247, I.1.2)</translation>
    </message>
    <message>
        <source>No: kept at the EPE and provided to customs on request</source>
        <translation>No: kept at the EPE and provided to customs on request</translation>
    </message>
    <message>
        <source>Add an EPE first: a camera belongs to an EPE.</source>
        <translation>Add an EPE first: a camera belongs to an EPE.</translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation>Main stream</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>Sub stream</translation>
    </message>
    <message>
        <source>The stream URLs changed after the connection test. Save the camera without testing the new URLs?</source>
        <translation>The stream URLs changed after the connection test. Save the camera without testing the new URLs?</translation>
    </message>
    <message>
        <source>The connection test did not finish. Save the camera anyway?</source>
        <translation>The connection test did not finish. Save the camera anyway?</translation>
    </message>
    <message>
        <source>The connection test of this camera failed: its picture will not reach the wall. Save the camera anyway?</source>
        <translation>The connection test of this camera failed: its picture will not reach the wall. Save the camera anyway?</translation>
    </message>
    <message>
        <source>Save camera</source>
        <translation>Save camera</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>CameraPosition</name>
    <message>
        <source>Gate / door</source>
        <translation>Gate / door</translation>
    </message>
    <message>
        <source>Storage area door</source>
        <translation>Storage area door</translation>
    </message>
    <message>
        <source>Storage yard</source>
        <translation>Storage yard</translation>
    </message>
    <message>
        <source>Inside storage</source>
        <translation>Inside storage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>CaseReport</name>
    <message>
        <source>{document}: {code} — {status}</source>
        <translation>{document}: {code} — {status}</translation>
    </message>
    <message>
        <source>Check by {officer}: {text}</source>
        <translation>Check by {officer}: {text}</translation>
    </message>
    <message>
        <source>Interruption of the cameras: {text}</source>
        <translation>Interruption of the cameras: {text}</translation>
    </message>
    <message>
        <source>{name}: {count} file(s); {verdict}</source>
        <translation>{name}: {count} file(s); {verdict}</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>no document</source>
        <translation>no document</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>(read {read})</source>
        <translation>(read {read})</translation>
    </message>
    <message>
        <source>crop</source>
        <translation>crop</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>frame</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>To: the Head of the Customs Branch (Chi cục trưởng)</source>
        <translation>To: the Head of the Customs Branch (Chi cục trưởng)</translation>
    </message>
    <message>
        <source>Each file can be checked against its SHA-256: a file whose hash differs is not the one attached.</source>
        <translation>Each file can be checked against its SHA-256: a file whose hash differs is not the one attached.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>{name} — tax ID {tax_id}</source>
        <translation>{name} — tax ID {tax_id}</translation>
    </message>
    <message>
        <source>Case {id}, opened on {time} by {name} ({code}) from {origin}; state: {state}.</source>
        <translation>Case {id}, opened on {time} by {name} ({code}) from {origin}; state: {state}.</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>Officer reporting</source>
        <translation>Officer reporting</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(signature, full name)</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(signature, full name, seal)</translation>
    </message>
    <message>
        <source>{decision} — by {name} ({code}) on {time}.</source>
        <translation>{decision} — by {name} ({code}) on {time}.</translation>
    </message>
    <message>
        <source>Case report {id}</source>
        <translation>Case report {id}</translation>
    </message>
    <message>
        <source>1. Enterprise under supervision</source>
        <translation>1. Enterprise under supervision</translation>
    </message>
    <message>
        <source>2. Facts (times in Vietnam time)</source>
        <translation>2. Facts (times in Vietnam time)</translation>
    </message>
    <message>
        <source>3. Evidence</source>
        <translation>3. Evidence</translation>
    </message>
    <message>
        <source>4. Proposal of the officer</source>
        <translation>4. Proposal of the officer</translation>
    </message>
    <message>
        <source>5. Decision of the head of unit</source>
        <translation>5. Decision of the head of unit</translation>
    </message>
    <message>
        <source>No evidence is attached.</source>
        <translation>No evidence is attached.</translation>
    </message>
    <message>
        <source>Case {id}, hash-chained in the check log.</source>
        <translation>Case {id}, hash-chained in the check log.</translation>
    </message>
    <message>
        <source>Reason: </source>
        <translation>Reason: </translation>
    </message>
    <message>
        <source>Report on a suspected case</source>
        <translation>Report on a suspected case</translation>
    </message>
    <message>
        <source>Note by {name} ({code}), {time}: {text}</source>
        <translation>Note by {name} ({code}), {time}: {text}</translation>
    </message>
    <message>
        <source>Camera supervision of export processing enterprises (Decision 247/QĐ-TCHQ, II.2.3)</source>
        <translation>Camera supervision of export processing enterprises (Decision 247/QĐ-TCHQ, II.2.3)</translation>
    </message>
    <message>
        <source>{time}, camera(s) {cameras}: {what}</source>
        <translation>{time}, camera(s) {cameras}: {what}</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>The case could not be changed ({error}).</source>
        <translation>The case could not be changed ({error}).</translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation>Reading the case…</translation>
    </message>
    <message>
        <source>Saved in the check log.</source>
        <translation>Saved in the check log.</translation>
    </message>
    <message>
        <source>Case {id} — {epe}</source>
        <translation>Case {id} — {epe}</translation>
    </message>
    <message>
        <source>{epe} (tax ID {tax_id}) — {state}; opened by {name} ({code}) on {time}</source>
        <translation>{epe} (tax ID {tax_id}) — {state}; opened by {name} ({code}) on {time}</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Facts</translation>
    </message>
    <message>
        <source>from {origin}</source>
        <translation>from {origin}</translation>
    </message>
    <message>
        <source>Note by {name}, {time}</source>
        <translation>Note by {name}, {time}</translation>
    </message>
    <message>
        <source>Submitted on {time}. Proposal:</source>
        <translation>Submitted on {time}. Proposal:</translation>
    </message>
    <message>
        <source>Decision of {name} on {time}: {decision}</source>
        <translation>Decision of {name} on {time}: {decision}</translation>
    </message>
    <message>
        <source>Attach a snapshot</source>
        <translation>Attach a snapshot</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Pictures (*.png *.jpg *.jpeg);;All files (*)</translation>
    </message>
    <message>
        <source>Computing the snapshot's SHA-256…</source>
        <translation>Computing the snapshot's SHA-256…</translation>
    </message>
    <message>
        <source>Attach an evidence export</source>
        <translation>Attach an evidence export</translation>
    </message>
    <message>
        <source>Checking the export against its manifest (SHA-256)…</source>
        <translation>Checking the export against its manifest (SHA-256)…</translation>
    </message>
    <message>
        <source>Saving the note…</source>
        <translation>Saving the note…</translation>
    </message>
    <message>
        <source>Submitting the case to the head of unit…</source>
        <translation>Submitting the case to the head of unit…</translation>
    </message>
    <message>
        <source>Save the case report as PDF</source>
        <translation>Save the case report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Saved {path}</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Attach &amp;snapshot…</source>
        <translation>Attach &amp;snapshot…</translation>
    </message>
    <message>
        <source>Attach &amp;evidence export…</source>
        <translation>Attach &amp;evidence export…</translation>
    </message>
    <message>
        <source>A note for the case</source>
        <translation>A note for the case</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Add &amp;note</translation>
    </message>
    <message>
        <source>Your &amp;proposal to the head of unit:</source>
        <translation>Your &amp;proposal to the head of unit:</translation>
    </message>
    <message>
        <source>S&amp;ubmit to the head of unit</source>
        <translation>S&amp;ubmit to the head of unit</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>&amp;Decide…</translation>
    </message>
    <message>
        <source>Case &amp;report (PDF)…</source>
        <translation>Case &amp;report (PDF)…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>CaseViews</name>
    <message>
        <source>&amp;Cases sent to the head of unit…</source>
        <translation>&amp;Cases sent to the head of unit…</translation>
    </message>
    <message>
        <source>Suspected fraud reported with evidence (Decision 247 II.2.3)</source>
        <translation>Suspected fraud reported with evidence (Decision 247 II.2.3)</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Verify at the EPE (inspection)</source>
        <translation>Verify at the EPE (inspection)</translation>
    </message>
    <message>
        <source>Refer to the anti-smuggling unit</source>
        <translation>Refer to the anti-smuggling unit</translation>
    </message>
    <message>
        <source>No violation: close</source>
        <translation>No violation: close</translation>
    </message>
    <message>
        <source>Reconciliation row</source>
        <translation>Reconciliation row</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Evidence export</source>
        <translation>Evidence export</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>a reconciliation discrepancy</source>
        <translation>a reconciliation discrepancy</translation>
    </message>
    <message>
        <source>a check finding</source>
        <translation>a check finding</translation>
    </message>
    <message>
        <source>an interruption</source>
        <translation>an interruption</translation>
    </message>
    <message>
        <source>the officer's own observation</source>
        <translation>the officer's own observation</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>There is no such case.</translation>
    </message>
    <message>
        <source>Write the facts: what was seen, when and on which camera.</source>
        <translation>Write the facts: what was seen, when and on which camera.</translation>
    </message>
    <message>
        <source>Write your proposal to the head of unit.</source>
        <translation>Write your proposal to the head of unit.</translation>
    </message>
    <message>
        <source>Choose a decision.</source>
        <translation>Choose a decision.</translation>
    </message>
    <message>
        <source>Write the reason for the decision.</source>
        <translation>Write the reason for the decision.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>This item cannot be attached: it is incomplete.</source>
        <translation>This item cannot be attached: it is incomplete.</translation>
    </message>
    <message>
        <source>This case is closed: nothing more can be added.</source>
        <translation>This case is closed: nothing more can be added.</translation>
    </message>
    <message>
        <source>This case was submitted: only notes can be added to it now.</source>
        <translation>This case was submitted: only notes can be added to it now.</translation>
    </message>
    <message>
        <source>Only the officer who opened this case adds to it.</source>
        <translation>Only the officer who opened this case adds to it.</translation>
    </message>
    <message>
        <source>This case was already submitted.</source>
        <translation>This case was already submitted.</translation>
    </message>
    <message>
        <source>Only the officer who opened this case submits it.</source>
        <translation>Only the officer who opened this case submits it.</translation>
    </message>
    <message>
        <source>You opened this case: another team lead decides it.</source>
        <translation>You opened this case: another team lead decides it.</translation>
    </message>
    <message>
        <source>This case has not been submitted yet.</source>
        <translation>This case has not been submitted yet.</translation>
    </message>
    <message>
        <source>This case is already closed.</source>
        <translation>This case is already closed.</translation>
    </message>
    <message>
        <source>{folder} is not an evidence export: it has no readable manifest.</source>
        <translation>{folder} is not an evidence export: it has no readable manifest.</translation>
    </message>
    <message>
        <source>The text is too long: at most {count} characters.</source>
        <translation>The text is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}).</source>
        <translation>{path} cannot be read ({error}).</translation>
    </message>
    <message>
        <source>Several cases start with {prefix}: give more of the ID.</source>
        <translation>Several cases start with {prefix}: give more of the ID.</translation>
    </message>
    <message>
        <source>Unknown state {state}: use draft, submitted or closed.</source>
        <translation>Unknown state {state}: use draft, submitted or closed.</translation>
    </message>
    <message>
        <source>{path} is far too large to be a snapshot.</source>
        <translation>{path} is far too large to be a snapshot.</translation>
    </message>
</context>
<context>
    <name>CasesWindow</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case(s)</numerusform>
            <numerusform>%n case(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cases sent to the head of unit</source>
        <translation>Cases sent to the head of unit</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;State:</translation>
    </message>
    <message>
        <source>&amp;EPE:</source>
        <translation>&amp;EPE:</translation>
    </message>
    <message>
        <source>name or tax ID</source>
        <translation>name or tax ID</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>&amp;Current PIN:</source>
        <translation>&amp;Current PIN:</translation>
    </message>
    <message>
        <source>&amp;New PIN (6–12 digits):</source>
        <translation>&amp;New PIN (6–12 digits):</translation>
    </message>
    <message>
        <source>New PIN &amp;again:</source>
        <translation>New PIN &amp;again:</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>The two new PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>ChannelState</name>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Not on the wall</source>
        <translation>Not on the wall</translation>
    </message>
</context>
<context>
    <name>CheckLogDialog</name>
    <message>
        <source>Check log — %1 (%2)</source>
        <translation>Check log — %1 (%2)</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Cameras watched</source>
        <translation>Cameras watched</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>Containers</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Amend…</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verify the log</translation>
    </message>
    <message>
        <source>Check that no record of the log was changed, removed or inserted since it was written</source>
        <translation>Check that no record of the log was changed, removed or inserted since it was written</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open a &amp;case…</source>
        <translation>Open a &amp;case…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1 camera(s), %2</source>
        <translation>%1 camera(s), %2</translation>
    </message>
    <message>
        <source>Started outside working time</source>
        <translation>Started outside working time</translation>
    </message>
    <message>
        <source>%1 check(s)</source>
        <translation>%1 check(s)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Unscheduled: %1</source>
        <translation>Unscheduled: %1</translation>
    </message>
    <message>
        <source>%1 to %2, by %3 (%4). %5.</source>
        <translation>%1 to %2, by %3 (%4). %5.</translation>
    </message>
    <message>
        <source>Started outside working time.</source>
        <translation>Started outside working time.</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Containers: %1</source>
        <translation>Containers: %1</translation>
    </message>
    <message>
        <source>Plates: %1</source>
        <translation>Plates: %1</translation>
    </message>
    <message>
        <source>no. %1: %2</source>
        <translation>no. %1: %2</translation>
    </message>
    <message>
        <source>Cameras watched: %1</source>
        <translation>Cameras watched: %1</translation>
    </message>
    <message>
        <source>Snapshots: %1</source>
        <translation>Snapshots: %1</translation>
    </message>
    <message>
        <source>result → %1</source>
        <translation>result → %1</translation>
    </message>
    <message>
        <source>notes → “%1”</source>
        <translation>notes → “%1”</translation>
    </message>
    <message>
        <source>containers → %1</source>
        <translation>containers → %1</translation>
    </message>
    <message>
        <source>plates → %1</source>
        <translation>plates → %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4. Why: %5</source>
        <translation>%1, %2 (%3): %4. Why: %5</translation>
    </message>
    <message>
        <source>Verifying the log…</source>
        <translation>Verifying the log…</translation>
    </message>
    <message>
        <source>The log is intact: %1 record(s) checked, none changed, removed or inserted.</source>
        <translation>The log is intact: %1 record(s) checked, none changed, removed or inserted.</translation>
    </message>
    <message>
        <source>The log was tampered with at record %1 (%2): %3 Tell your team lead.</source>
        <translation>The log was tampered with at record %1 (%2): %3 Tell your team lead.</translation>
    </message>
    <message>
        <source>The log was tampered with: %1 Tell your team lead.</source>
        <translation>The log was tampered with: %1 Tell your team lead.</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verification cancelled.</translation>
    </message>
    <message>
        <source>The log could not be verified: %1</source>
        <translation>The log could not be verified: %1</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Your check of %1 started at %2 was not ended; it is open again.</source>
        <translation>Your check of %1 started at %2 was not ended; it is open again.</translation>
    </message>
    <message>
        <source>Discard check</source>
        <translation>Discard check</translation>
    </message>
    <message>
        <source>Discard this check of %1? Nothing of it is kept in the log.</source>
        <translation>Discard this check of %1? Nothing of it is kept in the log.</translation>
    </message>
    <message>
        <source>no. %1 %2</source>
        <translation>no. %1 %2</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>playback</source>
        <translation>playback</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Log in to record checks (Rotation ▸ Switch officer).</source>
        <translation>Log in to record checks (Rotation ▸ Switch officer).</translation>
    </message>
    <message>
        <source>Your role (%1) does not record checks.</source>
        <translation>Your role (%1) does not record checks.</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Checking: %1</translation>
    </message>
    <message>
        <source>Selected EPE: %1</source>
        <translation>Selected EPE: %1</translation>
    </message>
    <message>
        <source>Select an EPE in the site tree to check it.</source>
        <translation>Select an EPE in the site tree to check it.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>unscheduled: %1</source>
        <translation>unscheduled: %1</translation>
    </message>
    <message>
        <source>Started %1 (%2).</source>
        <translation>Started %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ Started outside working time: the check is marked so in the log.</source>
        <translation>⚠ Started outside working time: the check is marked so in the log.</translation>
    </message>
    <message>
        <source>Last check: %1, %2–%3, %4.</source>
        <translation>Last check: %1, %2–%3, %4.</translation>
    </message>
    <message>
        <source>Amended %1 time(s).</source>
        <translation>Amended %1 time(s).</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Start a check</source>
        <translation>Start a check</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>Risk list entry, warning or tip: what prompted this check</source>
        <translation>Risk list entry, warning or tip: what prompted this check</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>&amp;Start check</translation>
    </message>
    <message>
        <source>Start a &amp;check of the selected EPE</source>
        <translation>Start a &amp;check of the selected EPE</translation>
    </message>
    <message>
        <source>Check in progress</source>
        <translation>Check in progress</translation>
    </message>
    <message>
        <source>Cameras watched (recorded by epewall):</source>
        <translation>Cameras watched (recorded by epewall):</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>&amp;Containers:</source>
        <translation>&amp;Containers:</translation>
    </message>
    <message>
        <source>&amp;Plates:</source>
        <translation>&amp;Plates:</translation>
    </message>
    <message>
        <source>Snapshots:</source>
        <translation>Snapshots:</translation>
    </message>
    <message>
        <source>What you saw, compared with the declarations</source>
        <translation>What you saw, compared with the declarations</translation>
    </message>
    <message>
        <source>e.g. CSQU3054383, MSKU1234565</source>
        <translation>e.g. CSQU3054383, MSKU1234565</translation>
    </message>
    <message>
        <source>e.g. 51C-123.45, 29H 12345</source>
        <translation>e.g. 51C-123.45, 29H 12345</translation>
    </message>
    <message>
        <source>Snapshots of this EPE's cameras taken during the check are attached as evidence.</source>
        <translation>Snapshots of this EPE's cameras taken during the check are attached as evidence.</translation>
    </message>
    <message>
        <source>&amp;End check</source>
        <translation>&amp;End check</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>&amp;Amend last check…</source>
        <translation>&amp;Amend last check…</translation>
    </message>
</context>
<context>
    <name>CheckReason</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Risk list</source>
        <translation>Risk list</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Tip-off</source>
        <translation>Tip-off</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Declarations reconciliation</source>
        <translation>Declarations reconciliation</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Irregularity</source>
        <translation>Irregularity</translation>
    </message>
    <message>
        <source>Suspected violation</source>
        <translation>Suspected violation</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>{number} is not a valid container number (4 letters, 6 digits and a check digit, e.g. CSQU3054383).</source>
        <translation>{number} is not a valid container number (4 letters, 6 digits and a check digit, e.g. CSQU3054383).</translation>
    </message>
    <message>
        <source>{plate} does not look like a Vietnamese license plate (e.g. 51C-123.45 or 29H 12345).</source>
        <translation>{plate} does not look like a Vietnamese license plate (e.g. 51C-123.45 or 29H 12345).</translation>
    </message>
    <message>
        <source>Choose a result: normal, irregularity or suspected violation.</source>
        <translation>Choose a result: normal, irregularity or suspected violation.</translation>
    </message>
    <message>
        <source>The notes are too long.</source>
        <translation>The notes are too long.</translation>
    </message>
    <message>
        <source>Describe what you saw: an irregularity or suspected violation needs a note.</source>
        <translation>Describe what you saw: an irregularity or suspected violation needs a note.</translation>
    </message>
    <message>
        <source>Say why this unscheduled check is made.</source>
        <translation>Say why this unscheduled check is made.</translation>
    </message>
    <message>
        <source>This check is already ended.</source>
        <translation>This check is already ended.</translation>
    </message>
    <message>
        <source>Say why the check is amended.</source>
        <translation>Say why the check is amended.</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>The amendment changes nothing.</translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message>
        <source>Pass</source>
        <translation>Pass</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempt</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>ONVIF</source>
        <translation>ONVIF</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Frame rate (configured)</source>
        <translation>Frame rate (configured)</translation>
    </message>
    <message>
        <source>Frame rate (delivered)</source>
        <translation>Frame rate (delivered)</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>no picture</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>answers</translation>
    </message>
    <message>
        <source>No account for this EPE is stored in the keyring.</source>
        <translation>No account for this EPE is stored in the keyring.</translation>
    </message>
    <message>
        <source>The EPE's licence and establishment dates are not recorded: checked in full.</source>
        <translation>The EPE's licence and establishment dates are not recorded: checked in full.</translation>
    </message>
    <message>
        <source>Checked at (UTC+7)</source>
        <translation>Checked at (UTC+7)</translation>
    </message>
    <message>
        <source>No ONVIF address is set for this EPE: give its ONVIF device (NVR) address in the EPE's details (Sites &gt; Edit EPE), or add its cameras with "Add from device".</source>
        <translation>No ONVIF address is set for this EPE: give its ONVIF device (NVR) address in the EPE's details (Sites &gt; Edit EPE), or add its cameras with "Add from device".</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>EPE verdict</source>
        <translation>EPE verdict</translation>
    </message>
    <message>
        <source>Camera no.</source>
        <translation>Camera no.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Camera verdict</source>
        <translation>Camera verdict</translation>
    </message>
    <message>
        <source>Failing items</source>
        <translation>Failing items</translation>
    </message>
    <message>
        <source>Main stream</source>
        <translation>Main stream</translation>
    </message>
    <message>
        <source>Delivered fps</source>
        <translation>Delivered fps</translation>
    </message>
    <message>
        <source>Clock offset (s)</source>
        <translation>Clock offset (s)</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Licensed on {date}, before Decree 18/2021/ND-CP took effect (2021-04-25).</source>
        <translation>Licensed on {date}, before Decree 18/2021/ND-CP took effect (2021-04-25).</translation>
    </message>
    <message>
        <source>Established on {date}, between 2021-04-25 and Decision 247 (2022-03-02), with a camera system already operating.</source>
        <translation>Established on {date}, between 2021-04-25 and Decision 247 (2022-03-02), with a camera system already operating.</translation>
    </message>
    <message>
        <source>camera not found on the device</source>
        <translation>camera not found on the device</translation>
    </message>
    <message>
        <source>Checking {count} EPEs…</source>
        <translation>Checking {count} EPEs…</translation>
    </message>
    <message>
        <source>Measuring the frame rate of {camera}…</source>
        <translation>Measuring the frame rate of {camera}…</translation>
    </message>
    <message>
        <source>The check was stopped or failed.</source>
        <translation>The check was stopped or failed.</translation>
    </message>
    <message>
        <source>{epe}: {verdict}</source>
        <translation>{epe}: {verdict}</translation>
    </message>
</context>
<context>
    <name>ComplianceReport</name>
    <message>
        <source>Appendix I compliance of EPE camera systems</source>
        <translation>Appendix I compliance of EPE camera systems</translation>
    </message>
    <message>
        <source>CAMERA SYSTEMS OF EXPORT PROCESSING ENTERPRISES</source>
        <translation>CAMERA SYSTEMS OF EXPORT PROCESSING ENTERPRISES</translation>
    </message>
    <message>
        <source>Check against the minimum technical requirements (Appendix I)</source>
        <translation>Check against the minimum technical requirements (Appendix I)</translation>
    </message>
    <message>
        <source>Decision 247/QĐ-TCHQ, section I.1.3</source>
        <translation>Decision 247/QĐ-TCHQ, section I.1.3</translation>
    </message>
    <message>
        <source>Report made:</source>
        <translation>Report made:</translation>
    </message>
    <message>
        <source>(Vietnam time)</source>
        <translation>(Vietnam time)</translation>
    </message>
    <message>
        <source>EPEs checked:</source>
        <translation>EPEs checked:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>EPE / camera</translation>
    </message>
    <message>
        <source>Tax ID / main stream</source>
        <translation>Tax ID / main stream</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Failing items and remarks</source>
        <translation>Failing items and remarks</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(signature, full name)</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(signature, full name, seal)</translation>
    </message>
    <message>
        <source>The PDF report could not be written to {path}.</source>
        <translation>The PDF report could not be written to {path}.</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>{fps} fps delivered</source>
        <translation>{fps} fps delivered</translation>
    </message>
    <message>
        <source>Camera {number}</source>
        <translation>Camera {number}</translation>
    </message>
</context>
<context>
    <name>ComplianceView</name>
    <message>
        <source>Reading the registry and the keyring…</source>
        <translation>Reading the registry and the keyring…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>{done} of {total} EPEs checked — {last}</source>
        <translation>{done} of {total} EPEs checked — {last}</translation>
    </message>
    <message>
        <source>Check finished ({when}); the results are stored.</source>
        <translation>Check finished ({when}); the results are stored.</translation>
    </message>
    <message>
        <source>The registry has no EPEs to check.</source>
        <translation>The registry has no EPEs to check.</translation>
    </message>
    <message>
        <source>Cancelled: the results of the last complete check are shown.</source>
        <translation>Cancelled: the results of the last complete check are shown.</translation>
    </message>
    <message>
        <source>The check failed: {0}</source>
        <translation>The check failed: {0}</translation>
    </message>
    <message>
        <source>{0} fps delivered</source>
        <translation>{0} fps delivered</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>Camera {0}</translation>
    </message>
    <message>
        <source>No EPE has been checked yet. "Check all EPEs" checks every EPE of the registry.</source>
        <translation>No EPE has been checked yet. "Check all EPEs" checks every EPE of the registry.</translation>
    </message>
    <message>
        <source>{count} EPEs — pass: {passed}, fail: {failed}, exempt: {exempt}, unreachable: {unreachable}. Last checked {when} (Vietnam time).</source>
        <translation>{count} EPEs — pass: {passed}, fail: {failed}, exempt: {exempt}, unreachable: {unreachable}. Last checked {when} (Vietnam time).</translation>
    </message>
    <message>
        <source>Export compliance results</source>
        <translation>Export compliance results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written: {0}</source>
        <translation>The file could not be written: {0}</translation>
    </message>
    <message>
        <source>Exported to {0}</source>
        <translation>Exported to {0}</translation>
    </message>
    <message>
        <source>Save the compliance report</source>
        <translation>Save the compliance report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved to {0}</source>
        <translation>Report saved to {0}</translation>
    </message>
    <message>
        <source>Appendix I compliance of EPE cameras</source>
        <translation>Appendix I compliance of EPE cameras</translation>
    </message>
    <message>
        <source>&amp;Check all EPEs</source>
        <translation>&amp;Check all EPEs</translation>
    </message>
    <message>
        <source>Ask every EPE's camera or NVR for its streams and measure the frame rate it delivers (Decision 247, Appendix I)</source>
        <translation>Ask every EPE's camera or NVR for its streams and measure the frame rate it delivers (Decision 247, Appendix I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Save &amp;PDF report…</source>
        <translation>Save &amp;PDF report…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>EPE / camera</translation>
    </message>
    <message>
        <source>Tax ID / no.</source>
        <translation>Tax ID / no.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Checked at</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ConnectionMethod</name>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>Private channel</source>
        <translation>Private channel</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>{codec} {width}×{height}, {fps} fps received ({kbps} kbit/s)</source>
        <translation>{codec} {width}×{height}, {fps} fps received ({kbps} kbit/s)</translation>
    </message>
    <message>
        <source>Receiving the stream…</source>
        <translation>Receiving the stream…</translation>
    </message>
    <message>
        <source>Connecting to {url}…</source>
        <translation>Connecting to {url}…</translation>
    </message>
</context>
<context>
    <name>ConnectionTestDialog</name>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Give a stream URL first.</source>
        <translation>Give a stream URL first.</translation>
    </message>
    <message>
        <source>(the stream declares {0} fps)</source>
        <translation>(the stream declares {0} fps)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Failed: {0}</source>
        <translation>Failed: {0}</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Checks this month</source>
        <translation>Checks this month</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Planned and done</source>
        <translation>Planned and done</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>Responsible officers</source>
        <translation>Responsible officers</translation>
    </message>
    <message>
        <source>Officer code</source>
        <translation>Officer code</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Planned checks</source>
        <translation>Planned checks</translation>
    </message>
    <message>
        <source>Unscheduled checks</source>
        <translation>Unscheduled checks</translation>
    </message>
    <message>
        <source>Outside working time</source>
        <translation>Outside working time</translation>
    </message>
    <message>
        <source>EPEs checked</source>
        <translation>EPEs checked</translation>
    </message>
    <message>
        <source>Planned for the officer</source>
        <translation>Planned for the officer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Check ID</source>
        <translation>Check ID</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>This workstation has no team key yet, so log files can be neither signed nor checked. Ask the team lead for the key and enter it with 'epewall log key set'.</source>
        <translation>This workstation has no team key yet, so log files can be neither signed nor checked. Ask the team lead for the key and enter it with 'epewall log key set'.</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>{month}: {checked} of {total} EPEs checked ({share:.0f} %)</source>
        <translation>{month}: {checked} of {total} EPEs checked ({share:.0f} %)</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>No data yet.</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Done / planned</source>
        <translation>Done / planned</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Not checked yet this month. Responsible: {officers}</source>
        <translation>Not checked yet this month. Responsible: {officers}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Responsible: {officers}</source>
        <translation>Responsible: {officers}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Not checked this month</source>
        <translation>Not checked this month</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>The coverage could not be computed: {error}</source>
        <translation>The coverage could not be computed: {error}</translation>
    </message>
    <message>
        <source>Share of EPEs checked at least once, by month</source>
        <translation>Share of EPEs checked at least once, by month</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>{checked} of {total} EPEs checked in {month} ({percent:.0f} %).</source>
        <translation>{checked} of {total} EPEs checked in {month} ({percent:.0f} %).</translation>
    </message>
    <message numerus="yes">
        <source>%n EPE(s) not checked yet, listed first.</source>
        <translation>
            <numerusform>%n EPE(s) not checked yet, listed first.</numerusform>
            <numerusform>%n EPE(s) not checked yet, listed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save coverage as CSV</source>
        <translation>Save coverage as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save coverage report as PDF</source>
        <translation>Save coverage report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>The file was not saved</translation>
    </message>
    <message>
        <source>Export my log of the month</source>
        <translation>Export my log of the month</translation>
    </message>
    <message>
        <source>epewall log files (*{suffix})</source>
        <translation>epewall log files (*{suffix})</translation>
    </message>
    <message>
        <source>Import log files</source>
        <translation>Import log files</translation>
    </message>
    <message>
        <source>Importing {file} ({done} of {total})…</source>
        <translation>Importing {file} ({done} of {total})…</translation>
    </message>
    <message>
        <source>Exported {checks} checks ({records} records) to {path}. Give this file to the team lead.</source>
        <translation>Exported {checks} checks ({records} records) to {path}. Give this file to the team lead.</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Log files</translation>
    </message>
    <message>
        <source>{file}: {added} new records ({checks} checks), {duplicates} already here (exported by {officer}, month {month}).</source>
        <translation>{file}: {added} new records ({checks} checks), {duplicates} already here (exported by {officer}, month {month}).</translation>
    </message>
    <message>
        <source>Log files imported</source>
        <translation>Log files imported</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Risk level:</source>
        <translation>Risk level:</translation>
    </message>
    <message>
        <source>All EPEs</source>
        <translation>All EPEs</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Export my log…</source>
        <translation>Export my log…</translation>
    </message>
    <message>
        <source>Save your checks of this month as a signed file for the team lead</source>
        <translation>Save your checks of this month as a signed file for the team lead</translation>
    </message>
    <message>
        <source>Import logs…</source>
        <translation>Import logs…</translation>
    </message>
    <message>
        <source>Add the log files exported on other workstations; duplicates are skipped and a changed file is refused</source>
        <translation>Add the log files exported on other workstations; duplicates are skipped and a changed file is refused</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>The month's report with sign-off lines for the officer and the team lead</source>
        <translation>The month's report with sign-off lines for the officer and the team lead</translation>
    </message>
    <message>
        <source>EPEs</source>
        <translation>EPEs</translation>
    </message>
    <message>
        <source>Heat map</source>
        <translation>Heat map</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>One row per EPE, one column per day: the darker the green, the more checks; a blue outline is a planned check. Grey columns are weekends and holidays; EPEs in red are not checked yet this month.</source>
        <translation>One row per EPE, one column per day: the darker the green, the more checks; a blue outline is a planned check. Grey columns are weekends and holidays; EPEs in red are not checked yet this month.</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per officer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Not checked this month</source>
        <translation>Not checked this month</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Enter a folder.</source>
        <translation>Enter a folder.</translation>
    </message>
    <message>
        <source>Enter the full path of the folder.</source>
        <translation>Enter the full path of the folder.</translation>
    </message>
    <message>
        <source>This folder is inside epewall's program folder, which an update replaces.</source>
        <translation>This folder is inside epewall's program folder, which an update replaces.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>This is a file, not a folder.</translation>
    </message>
    <message>
        <source>This is the data folder in use now.</source>
        <translation>This is the data folder in use now.</translation>
    </message>
    <message>
        <source>The new data folder cannot be inside the one in use now.</source>
        <translation>The new data folder cannot be inside the one in use now.</translation>
    </message>
    <message>
        <source>the copy of the registry differs from the original</source>
        <translation>the copy of the registry differs from the original</translation>
    </message>
    <message>
        <source>Checking the folder…</source>
        <translation>Checking the folder…</translation>
    </message>
    <message>
        <source>This folder already holds epewall data: use it as it is.</source>
        <translation>This folder already holds epewall data: use it as it is.</translation>
    </message>
    <message>
        <source>This folder holds no epewall data: move your data there instead.</source>
        <translation>This folder holds no epewall data: move your data there instead.</translation>
    </message>
    <message>
        <source>This folder is not empty and is not an epewall data folder: choose an empty one.</source>
        <translation>This folder is not empty and is not an epewall data folder: choose an empty one.</translation>
    </message>
    <message>
        <source>Copying the registry…</source>
        <translation>Copying the registry…</translation>
    </message>
    <message>
        <source>Switching to the new folder…</source>
        <translation>Switching to the new folder…</translation>
    </message>
    <message>
        <source>epewall cannot write in this folder ({reason}).</source>
        <translation>epewall cannot write in this folder ({reason}).</translation>
    </message>
    <message>
        <source>The choice could not be saved ({reason}).</source>
        <translation>The choice could not be saved ({reason}).</translation>
    </message>
    <message>
        <source>Not enough free space there: {needed} MB needed, {free} MB free.</source>
        <translation>Not enough free space there: {needed} MB needed, {free} MB free.</translation>
    </message>
    <message>
        <source>Copying {file}…</source>
        <translation>Copying {file}…</translation>
    </message>
    <message>
        <source>the copy of {file} differs</source>
        <translation>the copy of {file} differs</translation>
    </message>
    <message>
        <source>The data could not be moved ({reason}); epewall keeps using {folder}.</source>
        <translation>The data could not be moved ({reason}); epewall keeps using {folder}.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Override the status</source>
        <translation>Override the status</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Override</translation>
    </message>
    <message>
        <source>Why the status is wrong (required): what the picture and the documents show</source>
        <translation>Why the status is wrong (required): what the picture and the documents show</translation>
    </message>
    <message>
        <source>Confirm the status</source>
        <translation>Confirm the status</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>A note (optional)</translation>
    </message>
    <message>
        <source>Say why you override the status.</source>
        <translation>Say why you override the status.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>The reason is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>Decision on case {id}</source>
        <translation>Decision on case {id}</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Proposal of {name}: {text}</source>
        <translation>Proposal of {name}: {text}</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Close the case</translation>
    </message>
    <message>
        <source>Writing the decision to the check log…</source>
        <translation>Writing the decision to the check log…</translation>
    </message>
</context>
<context>
    <name>Declarations</name>
    <message>
        <source>declaration</source>
        <translation>declaration</translation>
    </message>
    <message>
        <source>release confirmation</source>
        <translation>release confirmation</translation>
    </message>
    <message>
        <source>warehouse receipt</source>
        <translation>warehouse receipt</translation>
    </message>
    <message>
        <source>delivery note</source>
        <translation>delivery note</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>out</source>
        <translation>out</translation>
    </message>
    <message>
        <source>{header}: {code} is not a Vietnamese plate (e.g. 51C-123.45, 29H 12345, 59-X1 123.45).</source>
        <translation>{header}: {code} is not a Vietnamese plate (e.g. 51C-123.45, 29H 12345, 59-X1 123.45).</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <source>Documents: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Documents: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>{path} is not a readable Excel workbook (.xlsx).</source>
        <translation>{path} is not a readable Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>{header}: {code} has a wrong check digit (ISO 6346 gives {digit} for its first 10 characters).</source>
        <translation>{header}: {code} has a wrong check digit (ISO 6346 gives {digit} for its first 10 characters).</translation>
    </message>
    <message>
        <source>{header}: {code} is not a container number (4 letters ending in U, J or Z, then 7 digits, e.g. CSQU 305438 3).</source>
        <translation>{header}: {code} is not a container number (4 letters ending in U, J or Z, then 7 digits, e.g. CSQU 305438 3).</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>{path} is neither a CSV text file in UTF-8 nor an Excel workbook (.xlsx). In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' or 'Excel Workbook'.</source>
        <translation>{path} is neither a CSV text file in UTF-8 nor an Excel workbook (.xlsx). In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' or 'Excel Workbook'.</translation>
    </message>
    <message>
        <source>{path} unpacks to more than {mb} MB; no customs file is that large.</source>
        <translation>{path} unpacks to more than {mb} MB; no customs file is that large.</translation>
    </message>
    <message>
        <source>{header}: the document kind is missing.</source>
        <translation>{header}: the document kind is missing.</translation>
    </message>
    <message>
        <source>{header}: the document number is missing.</source>
        <translation>{header}: the document number is missing.</translation>
    </message>
    <message>
        <source>{header}: the EPE's tax ID is missing.</source>
        <translation>{header}: the EPE's tax ID is missing.</translation>
    </message>
    <message>
        <source>{header}: {value} is not a direction (in or out; nhập or xuất).</source>
        <translation>{header}: {value} is not a direction (in or out; nhập or xuất).</translation>
    </message>
    <message>
        <source>{containers}, {plates}: a document needs at least one container number or plate to compare with the gate.</source>
        <translation>{containers}, {plates}: a document needs at least one container number or plate to compare with the gate.</translation>
    </message>
    <message>
        <source>{end}: the window ends before it starts ({start} is later).</source>
        <translation>{end}: the window ends before it starts ({start} is later).</translation>
    </message>
    <message>
        <source>{path} is empty: it needs a header line and one line per document.</source>
        <translation>{path} is empty: it needs a header line and one line per document.</translation>
    </message>
    <message>
        <source>this line has more values than there are column headers (check the delimiter and the quotation marks).</source>
        <translation>this line has more values than there are column headers (check the delimiter and the quotation marks).</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file is not UTF-8 text, so Vietnamese letters would be garbled. Save it as 'CSV UTF-8 (Comma delimited)'.</source>
        <translation>{path}, line {line}: the file is not UTF-8 text, so Vietnamese letters would be garbled. Save it as 'CSV UTF-8 (Comma delimited)'.</translation>
    </message>
    <message>
        <source>{path}, line {line}: the file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</source>
        <translation>{path}, line {line}: the file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</translation>
    </message>
    <message>
        <source>{header}: {value} is not a document kind (declaration, release confirmation, warehouse receipt or delivery note).</source>
        <translation>{header}: {value} is not a document kind (declaration, release confirmation, warehouse receipt or delivery note).</translation>
    </message>
    <message>
        <source>{header}: the time is missing.</source>
        <translation>{header}: the time is missing.</translation>
    </message>
    <message>
        <source>the file has no column {columns}.</source>
        <translation>the file has no column {columns}.</translation>
    </message>
    <message>
        <source>{header}: no EPE in the registry has the tax ID {tax_id}.</source>
        <translation>{header}: no EPE in the registry has the tax ID {tax_id}.</translation>
    </message>
    <message>
        <source>{header}: {value} is not a date and time (e.g. 2026-12-02 08:30 or 02/12/2026 08:30, Vietnamese time).</source>
        <translation>{header}: {value} is not a date and time (e.g. 2026-12-02 08:30 or 02/12/2026 08:30, Vietnamese time).</translation>
    </message>
    <message>
        <source>unknown column {title}; the columns are: {columns}.</source>
        <translation>unknown column {title}; the columns are: {columns}.</translation>
    </message>
    <message>
        <source>Checking line {line}…</source>
        <translation>Checking line {line}…</translation>
    </message>
    <message>
        <source>the columns {first} and {second} say the same thing.</source>
        <translation>the columns {first} and {second} say the same thing.</translation>
    </message>
    <message>
        <source>{kind} {number} is already on line {other}.</source>
        <translation>{kind} {number} is already on line {other}.</translation>
    </message>
    <message>
        <source>{path}: the header must name the columns time, camera, kind, code.</source>
        <translation>{path}: the header must name the columns time, camera, kind, code.</translation>
    </message>
    <message>
        <source>the camera is not a diagram number.</source>
        <translation>the camera is not a diagram number.</translation>
    </message>
    <message>
        <source>sha256 is not 64 hexadecimal digits.</source>
        <translation>sha256 is not 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>the code is empty.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} is not UTF-8 text.</translation>
    </message>
    <message>
        <source>the time is not YYYY-MM-DD HH:MM:SS.</source>
        <translation>the time is not YYYY-MM-DD HH:MM:SS.</translation>
    </message>
    <message>
        <source>the kind is neither container nor plate.</source>
        <translation>the kind is neither container nor plate.</translation>
    </message>
    <message>
        <source>{path} cannot be read as CSV.</source>
        <translation>{path} cannot be read as CSV.</translation>
    </message>
    <message>
        <source>line {line}: {what}</source>
        <translation>line {line}: {what}</translation>
    </message>
</context>
<context>
    <name>DevicesMenu</name>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>&amp;Add cameras from device…</source>
        <translation>&amp;Add cameras from device…</translation>
    </message>
    <message>
        <source>Ask an EPE's camera or NVR (ONVIF) for its video sources and add them as cameras</source>
        <translation>Ask an EPE's camera or NVR (ONVIF) for its video sources and add them as cameras</translation>
    </message>
    <message>
        <source>&amp;Check all EPEs (Appendix I)…</source>
        <translation>&amp;Check all EPEs (Appendix I)…</translation>
    </message>
    <message>
        <source>Check every EPE's cameras against the minimum technical requirements of Decision 247, Appendix I</source>
        <translation>Check every EPE's cameras against the minimum technical requirements of Decision 247, Appendix I</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Collecting {name}…</source>
        <translation>Collecting {name}…</translation>
    </message>
</context>
<context>
    <name>DiagnosticsSaver</name>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Save &amp;diagnostics…</translation>
    </message>
    <message>
        <source>Save a zip file for the IT unit: the log, versions and settings, without passwords or EPE names</source>
        <translation>Save a zip file for the IT unit: the log, versions and settings, without passwords or EPE names</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Save diagnostics</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip files (*.zip)</translation>
    </message>
    <message>
        <source>Saving diagnostics…</source>
        <translation>Saving diagnostics…</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. Send this file to your IT unit; it holds no password and no EPE name.</source>
        <translation>Diagnostics saved to %1. Send this file to your IT unit; it holds no password and no EPE name.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved: %1. Choose another folder and try again.</source>
        <translation>The diagnostics were not saved: %1. Choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>EmptyCell</name>
    <message>
        <source>Drop a camera or a whole EPE here</source>
        <translation>Drop a camera or a whole EPE here</translation>
    </message>
</context>
<context>
    <name>EpeDialog</name>
    <message>
        <source>Edit EPE</source>
        <translation>Edit EPE</translation>
    </message>
    <message>
        <source>Add EPE</source>
        <translation>Add EPE</translation>
    </message>
    <message>
        <source>e.g. 0100233488 or 0100233488-001</source>
        <translation>e.g. 0100233488 or 0100233488-001</translation>
    </message>
    <message>
        <source>Customs sub-department in charge</source>
        <translation>Customs sub-department in charge</translation>
    </message>
    <message>
        <source>e.g. 0251 3836 123</source>
        <translation>e.g. 0251 3836 123</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.64:80 or nvr.example.vn:8080</source>
        <translation>e.g. 192.168.1.64:80 or nvr.example.vn:8080</translation>
    </message>
    <message>
        <source>No recorder</source>
        <translation>No recorder</translation>
    </message>
    <message>
        <source>ONVIF Profile G</source>
        <translation>ONVIF Profile G</translation>
    </message>
    <message>
        <source>Hikvision</source>
        <translation>Hikvision</translation>
    </message>
    <message>
        <source>Dahua / KBVision</source>
        <translation>Dahua / KBVision</translation>
    </message>
    <message>
        <source>host:HTTP port, e.g. 192.168.1.64:80</source>
        <translation>host:HTTP port, e.g. 192.168.1.64:80</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Name *</translation>
    </message>
    <message>
        <source>&amp;Tax ID *</source>
        <translation>&amp;Tax ID *</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>Customs su&amp;b-department</source>
        <translation>Customs su&amp;b-department</translation>
    </message>
    <message>
        <source>Contact at the EPE</source>
        <translation>Contact at the EPE</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>P&amp;hone</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>&amp;Licence date</source>
        <translation>&amp;Licence date</translation>
    </message>
    <message>
        <source>&amp;Established date</source>
        <translation>&amp;Established date</translation>
    </message>
    <message>
        <source>&amp;Risk level</source>
        <translation>&amp;Risk level</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Devices at the EPE</source>
        <translation>Devices at the EPE</translation>
    </message>
    <message>
        <source>ONVIF device (&amp;NVR) address</source>
        <translation>ONVIF device (&amp;NVR) address</translation>
    </message>
    <message>
        <source>Recorder (pla&amp;yback)</source>
        <translation>Recorder (pla&amp;yback)</translation>
    </message>
    <message>
        <source>Recorder &amp;address</source>
        <translation>Recorder &amp;address</translation>
    </message>
    <message>
        <source>Recorder RTSP &amp;port</source>
        <translation>Recorder RTSP &amp;port</translation>
    </message>
    <message>
        <source>Without user name or password: the EPE's account is kept in the keyring. The recorder's clock is tested and calibrated with Sites &gt; Recorder.</source>
        <translation>Without user name or password: the EPE's account is kept in the keyring. The recorder's clock is tested and calibrated with Sites &gt; Recorder.</translation>
    </message>
    <message>
        <source>Devices need HTTP/RTSP &amp;Basic login</source>
        <translation>Devices need HTTP/RTSP &amp;Basic login</translation>
    </message>
    <message>
        <source>Warning: with Basic the EPE's password crosses the network in clear text and anyone on the way can read it. Tick only when the EPE's devices offer no digest login, and ask the EPE to turn digest on.</source>
        <translation>Warning: with Basic the EPE's password crosses the network in clear text and anyone on the way can read it. Tick only when the EPE's devices offer no digest login, and ask the EPE to turn digest on.</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* required</translation>
    </message>
    <message>
        <source>Give the recorder's address, or choose "No recorder".</source>
        <translation>Give the recorder's address, or choose "No recorder".</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence export: recorded camera images</source>
        <translation>Evidence export: recorded camera images</translation>
    </message>
    <message>
        <source>Files and their SHA-256</source>
        <translation>Files and their SHA-256</translation>
    </message>
    <message>
        <source>Check the files with: epewall evidence verify &lt;folder&gt;</source>
        <translation>Check the files with: epewall evidence verify &lt;folder&gt;</translation>
    </message>
    <message>
        <source>Copying the recording of {count} camera(s)</source>
        <translation>Copying the recording of {count} camera(s)</translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation>Writing the manifest</translation>
    </message>
    <message>
        <source>The manifest is missing or not readable.</source>
        <translation>The manifest is missing or not readable.</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>The manifest is not a regular file (a link, folder or device).</source>
        <translation>The manifest is not a regular file (a link, folder or device).</translation>
    </message>
    <message>
        <source>The manifest is far too large to be an epewall manifest.</source>
        <translation>The manifest is far too large to be an epewall manifest.</translation>
    </message>
    <message>
        <source>The manifest is nested far too deeply to be an epewall manifest.</source>
        <translation>The manifest is nested far too deeply to be an epewall manifest.</translation>
    </message>
    <message>
        <source>The manifest is damaged: it is not readable JSON.</source>
        <translation>The manifest is damaged: it is not readable JSON.</translation>
    </message>
    <message>
        <source>NOT verified: the folder has no readable manifest.</source>
        <translation>NOT verified: the folder has no readable manifest.</translation>
    </message>
    <message>
        <source>Evidence NOT verified: {count} problem(s) in {folder}</source>
        <translation>Evidence NOT verified: {count} problem(s) in {folder}</translation>
    </message>
    <message>
        <source>The manifest's file list is empty or malformed: it was altered.</source>
        <translation>The manifest's file list is empty or malformed: it was altered.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>changed since export (SHA-256 differs)</source>
        <translation>changed since export (SHA-256 differs)</translation>
    </message>
    <message>
        <source>unchanged (size and SHA-256 match)</source>
        <translation>unchanged (size and SHA-256 match)</translation>
    </message>
    <message>
        <source>{workstation} (key {fingerprint})</source>
        <translation>{workstation} (key {fingerprint})</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>The disk of the export folder is full: {folder}. Nothing was kept; free some space or choose a folder on another disk, then export again.</source>
        <translation>The disk of the export folder is full: {folder}. Nothing was kept; free some space or choose a folder on another disk, then export again.</translation>
    </message>
    <message>
        <source>The export folder is not empty: {folder}</source>
        <translation>The export folder is not empty: {folder}</translation>
    </message>
    <message>
        <source>The manifest's signature does not match: the manifest was changed after the export, or its signature was removed.</source>
        <translation>The manifest's signature does not match: the manifest was changed after the export, or its signature was removed.</translation>
    </message>
    <message>
        <source>Evidence verified: {count} file(s) unchanged, signed by {who}, a workstation registered with the team.</source>
        <translation>Evidence verified: {count} file(s) unchanged, signed by {who}, a workstation registered with the team.</translation>
    </message>
    <message>
        <source>NOT verified: the files match, but they were signed by an unregistered workstation, {who}. Ask the team lead whether this key belongs to the team.</source>
        <translation>NOT verified: the files match, but they were signed by an unregistered workstation, {who}. Ask the team lead whether this key belongs to the team.</translation>
    </message>
    <message>
        <source>Unsigned (made before signing existed): {count} file(s) match their manifest — integrity only, not authenticity. Compare the manifest's SHA-256 with the audit log.</source>
        <translation>Unsigned (made before signing existed): {count} file(s) match their manifest — integrity only, not authenticity. Compare the manifest's SHA-256 with the audit log.</translation>
    </message>
    <message>
        <source>Enterprise: {name} (tax ID {tax_id})</source>
        <translation>Enterprise: {name} (tax ID {tax_id})</translation>
    </message>
    <message>
        <source>Recorder: {kind}, {host}</source>
        <translation>Recorder: {kind}, {host}</translation>
    </message>
    <message>
        <source>Recorded from {start} to {end} Vietnam time (UTC+7)</source>
        <translation>Recorded from {start} to {end} Vietnam time (UTC+7)</translation>
    </message>
    <message>
        <source>Recorded from {start} to {end} UTC</source>
        <translation>Recorded from {start} to {end} UTC</translation>
    </message>
    <message>
        <source>Exported by {name} ({code}) at {when} Vietnam time</source>
        <translation>Exported by {name} ({code}) at {when} Vietnam time</translation>
    </message>
    <message>
        <source>{name}: {detail}</source>
        <translation>{name}: {detail}</translation>
    </message>
    <message>
        <source>{kind}: not a regular file</source>
        <translation>{kind}: not a regular file</translation>
    </message>
    <message>
        <source>the printout of the manifest (the signed JSON manifest is authoritative)</source>
        <translation>the printout of the manifest (the signed JSON manifest is authoritative)</translation>
    </message>
    <message>
        <source>not listed in the manifest</source>
        <translation>not listed in the manifest</translation>
    </message>
    <message>
        <source>changed since export ({found} bytes, the manifest says {size})</source>
        <translation>changed since export ({found} bytes, the manifest says {size})</translation>
    </message>
    <message>
        <source>Camera {camera} {camera_name}: {name}</source>
        <translation>Camera {camera} {camera_name}: {name}</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key fingerprint {fingerprint}</source>
        <translation>Signed by workstation {workstation}, key fingerprint {fingerprint}</translation>
    </message>
    <message>
        <source>Public key (Ed25519): {key}</source>
        <translation>Public key (Ed25519): {key}</translation>
    </message>
    <message>
        <source>{at} camera {camera}: {note}</source>
        <translation>{at} camera {camera}: {note}</translation>
    </message>
</context>
<context>
    <name>EvidenceKeys</name>
    <message>
        <source>The evidence signing key could not be kept in the system keyring.</source>
        <translation>The evidence signing key could not be kept in the system keyring.</translation>
    </message>
    <message>
        <source>{file} is not an epewall workstation key file.</source>
        <translation>{file} is not an epewall workstation key file.</translation>
    </message>
    <message>
        <source>The evidence signing key in the system keyring is damaged. Ask the team lead: a new key must be made and registered again.</source>
        <translation>The evidence signing key in the system keyring is damaged. Ask the team lead: a new key must be made and registered again.</translation>
    </message>
    <message>
        <source>{file} was changed: its fingerprint does not match its key.</source>
        <translation>{file} was changed: its fingerprint does not match its key.</translation>
    </message>
</context>
<context>
    <name>EvidenceKeysDialog</name>
    <message>
        <source>This workstation</source>
        <translation>This workstation</translation>
    </message>
    <message>
        <source>Reading this workstation's key from the keyring…</source>
        <translation>Reading this workstation's key from the keyring…</translation>
    </message>
    <message>
        <source>&amp;Export the public key to a file…</source>
        <translation>&amp;Export the public key to a file…</translation>
    </message>
    <message>
        <source>Keys registered with the team</source>
        <translation>Keys registered with the team</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>No workstation key is registered with the team.</source>
        <translation>No workstation key is registered with the team.</translation>
    </message>
    <message>
        <source>&amp;Register a key file…</source>
        <translation>&amp;Register a key file…</translation>
    </message>
    <message>
        <source>Re&amp;voke the selected key…</source>
        <translation>Re&amp;voke the selected key…</translation>
    </message>
    <message>
        <source>Only a team lead registers or revokes workstation keys.</source>
        <translation>Only a team lead registers or revokes workstation keys.</translation>
    </message>
    <message>
        <source>Do&amp;n't change anything</source>
        <translation>Do&amp;n't change anything</translation>
    </message>
    <message>
        <source>Evidence signing keys of the workstations</source>
        <translation>Evidence signing keys of the workstations</translation>
    </message>
    <message>
        <source>Workstation {workstation}. Its fingerprint is printed on every evidence export it signs:</source>
        <translation>Workstation {workstation}. Its fingerprint is printed on every evidence export it signs:</translation>
    </message>
    <message>
        <source>This workstation's key cannot be read: {error}</source>
        <translation>This workstation's key cannot be read: {error}</translation>
    </message>
    <message>
        <source>Save this workstation's public key</source>
        <translation>Save this workstation's public key</translation>
    </message>
    <message>
        <source>Workstation keys (*.epekey);;All files (*)</source>
        <translation>Workstation keys (*.epekey);;All files (*)</translation>
    </message>
    <message>
        <source>The public key of {workstation} was written to {file}. Give it to the team lead; it holds no secret.</source>
        <translation>The public key of {workstation} was written to {file}. Give it to the team lead; it holds no secret.</translation>
    </message>
    <message>
        <source>The key file could not be written: {error}</source>
        <translation>The key file could not be written: {error}</translation>
    </message>
    <message>
        <source>Choose a workstation's key file</source>
        <translation>Choose a workstation's key file</translation>
    </message>
    <message>
        <source>Register the key of workstation {workstation}?

Fingerprint: {fingerprint}

Compare it, group by group, with the fingerprint printed on that workstation's evidence or read out by its officer. Evidence signed with this key will then be verified.</source>
        <translation>Register the key of workstation {workstation}?

Fingerprint: {fingerprint}

Compare it, group by group, with the fingerprint printed on that workstation's evidence or read out by its officer. Evidence signed with this key will then be verified.</translation>
    </message>
    <message>
        <source>This key is already registered.</source>
        <translation>This key is already registered.</translation>
    </message>
    <message>
        <source>&amp;Register this key</source>
        <translation>&amp;Register this key</translation>
    </message>
    <message>
        <source>Revoke the key of workstation {workstation} ({fingerprint})? Its evidence will no longer be verified as signed by a registered workstation.</source>
        <translation>Revoke the key of workstation {workstation} ({fingerprint})? Its evidence will no longer be verified as signed by a registered workstation.</translation>
    </message>
    <message>
        <source>Re&amp;voke this key</source>
        <translation>Re&amp;voke this key</translation>
    </message>
    <message>
        <source>The key of {workstation} is registered with the team.</source>
        <translation>The key of {workstation} is registered with the team.</translation>
    </message>
    <message>
        <source>The key of {workstation} is revoked.</source>
        <translation>The key of {workstation} is revoked.</translation>
    </message>
</context>
<context>
    <name>EvidencePrint</name>
    <message>
        <source>Vietnam time</source>
        <translation>Vietnam time</translation>
    </message>
    <message>
        <source>Evidence export manifest</source>
        <translation>Evidence export manifest</translation>
    </message>
    <message>
        <source>Enterprise (EPE)</source>
        <translation>Enterprise (EPE)</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Recorder</source>
        <translation>Recorder</translation>
    </message>
    <message>
        <source>Recorded from</source>
        <translation>Recorded from</translation>
    </message>
    <message>
        <source>Recorded to</source>
        <translation>Recorded to</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exported by</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exported at</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Seconds</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Bookmarks</translation>
    </message>
    <message>
        <source>Check the files with: epewall evidence verify &lt;folder&gt;. The JSON manifest is authoritative; this page is its printout.</source>
        <translation>Check the files with: epewall evidence verify &lt;folder&gt;. The JSON manifest is authoritative; this page is its printout.</translation>
    </message>
    <message>
        <source>Signed by workstation</source>
        <translation>Signed by workstation</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Public key (Ed25519)</source>
        <translation>Public key (Ed25519)</translation>
    </message>
    <message>
        <source>Officer who exported</source>
        <translation>Officer who exported</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>From (Vietnam time):</source>
        <translation>From (Vietnam time):</translation>
    </message>
    <message>
        <source>To (Vietnam time):</source>
        <translation>To (Vietnam time):</translation>
    </message>
    <message>
        <source>Cameras:</source>
        <translation>Cameras:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Evidence from {epe} ({tax_id}): the recording is copied as it is (not re-encoded), with a manifest of SHA-256 checksums.</source>
        <translation>Evidence from {epe} ({tax_id}): the recording is copied as it is (not re-encoded), with a manifest of SHA-256 checksums.</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>Export evidence</translation>
    </message>
    <message>
        <source>Folder for the evidence</source>
        <translation>Folder for the evidence</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>The end of the range must come after its start.</translation>
    </message>
    <message>
        <source>Export at most two hours at a time.</source>
        <translation>Export at most two hours at a time.</translation>
    </message>
    <message>
        <source>Choose at least one camera.</source>
        <translation>Choose at least one camera.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choose a folder.</translation>
    </message>
    <message>
        <source>The folder is not empty. Choose a new or empty folder.</source>
        <translation>The folder is not empty. Choose a new or empty folder.</translation>
    </message>
    <message>
        <source>Copying the recording…</source>
        <translation>Copying the recording…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Exported {files} files to {folder}. Check them later with 'epewall evidence verify'.</source>
        <translation>Exported {files} files to {folder}. Check them later with 'epewall evidence verify'.</translation>
    </message>
    <message>
        <source>Export cancelled; no files were kept.</source>
        <translation>Export cancelled; no files were kept.</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>The export failed: {error}</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extension asked by the EPE</source>
        <translation>Extension asked by the EPE</translation>
    </message>
    <message>
        <source>The deadline was {due}. Record the reason the EPE gave in writing and the new date it expects; the original deadline stays in the register.</source>
        <translation>The deadline was {due}. Record the reason the EPE gave in writing and the new date it expects; the original deadline stays in the register.</translation>
    </message>
    <message>
        <source>Written reason:</source>
        <translation>Written reason:</translation>
    </message>
    <message>
        <source>New expected date:</source>
        <translation>New expected date:</translation>
    </message>
</context>
<context>
    <name>FindingDialog</name>
    <message>
        <source>Raise a finding</source>
        <translation>Raise a finding</translation>
    </message>
    <message>
        <source>What the recording shows and what should be done</source>
        <translation>What the recording shows and what should be done</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Save finding</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write what you found.</source>
        <translation>Write what you found.</translation>
    </message>
    <message>
        <source>The finding is too long (at most {n} characters).</source>
        <translation>The finding is too long (at most {n} characters).</translation>
    </message>
</context>
<context>
    <name>GateScan</name>
    <message>
        <source>Searching the recorder…</source>
        <translation>Searching the recorder…</translation>
    </message>
    <message>
        <source>No recorder is set for this EPE. Set it in the playback window, then scan again.</source>
        <translation>No recorder is set for this EPE. Set it in the playback window, then scan again.</translation>
    </message>
    <message>
        <source>This EPE has no gate camera in the registry.</source>
        <translation>This EPE has no gate camera in the registry.</translation>
    </message>
    <message>
        <source>No account is stored for this EPE. Store the account the EPE gave customs (Sites &gt; Edit EPE, or 'epewall credentials set'), then scan again.</source>
        <translation>No account is stored for this EPE. Store the account the EPE gave customs (Sites &gt; Edit EPE, or 'epewall credentials set'), then scan again.</translation>
    </message>
    <message>
        <source>The gate scan stopped on an unexpected error. Details are in the log: %1</source>
        <translation>The gate scan stopped on an unexpected error. Details are in the log: %1</translation>
    </message>
    <message>
        <source>The gate scan stopped: %1</source>
        <translation>The gate scan stopped: %1</translation>
    </message>
    <message>
        <source>camera %1, %2 (%3/%4)</source>
        <translation>camera %1, %2 (%3/%4)</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>Not signed (no workstation key); kept in the hash-chained check log</source>
        <translation>Not signed (no workstation key); kept in the hash-chained check log</translation>
    </message>
    <message>
        <source>Checks done in the shift</source>
        <translation>Checks done in the shift</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Interruptions still open</source>
        <translation>Interruptions still open</translation>
    </message>
    <message>
        <source>Start-of-shift items not reviewed</source>
        <translation>Start-of-shift items not reviewed</translation>
    </message>
    <message>
        <source>Device warnings still open</source>
        <translation>Device warnings still open</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>the device</translation>
    </message>
    <message>
        <source>The signature does not match the note: it was changed after signing</source>
        <translation>The signature does not match the note: it was changed after signing</translation>
    </message>
    <message>
        <source>Gathering the shift's checks, interruptions and warnings…</source>
        <translation>Gathering the shift's checks, interruptions and warnings…</translation>
    </message>
    <message>
        <source>Reading the workstation's signing key…</source>
        <translation>Reading the workstation's signing key…</translation>
    </message>
    <message>
        <source>Writing the handover to the check log…</source>
        <translation>Writing the handover to the check log…</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>camera {number}</translation>
    </message>
    <message>
        <source>There is no such handover.</source>
        <translation>There is no such handover.</translation>
    </message>
    <message>
        <source>You wrote this handover: the next officer on this workstation reads it.</source>
        <translation>You wrote this handover: the next officer on this workstation reads it.</translation>
    </message>
    <message>
        <source>This handover was already acknowledged.</source>
        <translation>This handover was already acknowledged.</translation>
    </message>
    <message>
        <source>{epe}: cameras {cameras}, {kind}, since {start}, due {due}</source>
        <translation>{epe}: cameras {cameras}, {kind}, since {start}, due {due}</translation>
    </message>
    <message>
        <source>Signed with the workstation key {fingerprint}</source>
        <translation>Signed with the workstation key {fingerprint}</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} characters.</source>
        <translation>The note is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Save the handover as PDF</source>
        <translation>Save the handover as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>The file was not saved</translation>
    </message>
    <message>
        <source>Hand over the shift</source>
        <translation>Hand over the shift</translation>
    </message>
    <message>
        <source>What the next officer on this workstation will read: the checks of your shift and their findings, the interruptions still open, the start-of-shift items nobody reviewed and the device warnings still open. Cases will be added here once epewall keeps them.</source>
        <translation>What the next officer on this workstation will read: the checks of your shift and their findings, the interruptions still open, the start-of-shift items nobody reviewed and the device warnings still open. Cases will be added here once epewall keeps them.</translation>
    </message>
    <message>
        <source>Your &amp;note for the next officer:</source>
        <translation>Your &amp;note for the next officer:</translation>
    </message>
    <message>
        <source>What to watch, what was promised, what is still to do…</source>
        <translation>What to watch, what was promised, what is still to do…</translation>
    </message>
    <message>
        <source>&amp;Sign and hand over</source>
        <translation>&amp;Sign and hand over</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Gathering your shift's work…</source>
        <translation>Gathering your shift's work…</translation>
    </message>
    <message>
        <source>Your shift: {start} to {end}.</source>
        <translation>Your shift: {start} to {end}.</translation>
    </message>
    <message>
        <source>The note is too long: at most {count} characters.</source>
        <translation>The note is too long: at most {count} characters.</translation>
    </message>
    <message>
        <source>Handed over at {time}: the note is in the check log.</source>
        <translation>Handed over at {time}: the note is in the check log.</translation>
    </message>
    <message>
        <source>It is not signed with the workstation key: {why}</source>
        <translation>It is not signed with the workstation key: {why}</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Not acknowledged yet</translation>
    </message>
    <message>
        <source>Shift handover record</source>
        <translation>Shift handover record</translation>
    </message>
    <message>
        <source>{name} ({code}) — shift {start} to {end}</source>
        <translation>{name} ({code}) — shift {start} to {end}</translation>
    </message>
    <message>
        <source>Officer handing over</source>
        <translation>Officer handing over</translation>
    </message>
    <message>
        <source>Officer taking over</source>
        <translation>Officer taking over</translation>
    </message>
    <message>
        <source>Camera supervision of export processing enterprises</source>
        <translation>Camera supervision of export processing enterprises</translation>
    </message>
    <message>
        <source>Note of the officer</source>
        <translation>Note of the officer</translation>
    </message>
    <message>
        <source>Acknowledged by {name} ({code}) at {time}</source>
        <translation>Acknowledged by {name} ({code}) at {time}</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>HandoverViews</name>
    <message>
        <source>S&amp;hift</source>
        <translation>S&amp;hift</translation>
    </message>
    <message>
        <source>&amp;Hand over the shift…</source>
        <translation>&amp;Hand over the shift…</translation>
    </message>
    <message>
        <source>Write and sign the handover note for the next officer on this workstation</source>
        <translation>Write and sign the handover note for the next officer on this workstation</translation>
    </message>
    <message>
        <source>Handovers of a &amp;day…</source>
        <translation>Handovers of a &amp;day…</translation>
    </message>
    <message>
        <source>A day's handovers side by side (team leads)</source>
        <translation>A day's handovers side by side (team leads)</translation>
    </message>
</context>
<context>
    <name>HandoversOfDayWindow</name>
    <message>
        <source>Handovers of a day</source>
        <translation>Handovers of a day</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>No handover on this day.</source>
        <translation>No handover on this day.</translation>
    </message>
    <message numerus="yes">
        <source>%n handover(s), in the order written.</source>
        <translation>
            <numerusform>%n handover(s), in the order written.</numerusform>
            <numerusform>%n handover(s), in the order written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPolicy</name>
    <message>
        <source>Found by the health monitor: no camera of the EPE answers (suspected transmission fault).</source>
        <translation>Found by the health monitor: no camera of the EPE answers (suspected transmission fault).</translation>
    </message>
    <message>
        <source>Found by the health monitor: some cameras are down while others answer (suspected equipment fault).</source>
        <translation>Found by the health monitor: some cameras are down while others answer (suspected equipment fault).</translation>
    </message>
    <message>
        <source>camera {number} ({position}): {condition}</source>
        <translation>camera {number} ({position}): {condition}</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check(s)</numerusform>
            <numerusform>%n check(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned check(s)</source>
        <translation>
            <numerusform>%n planned check(s)</numerusform>
            <numerusform>%n planned check(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>No EPEs to show.</source>
        <translation>No EPEs to show.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a customs file</source>
        <translation>Import a customs file</translation>
    </message>
    <message>
        <source>Declarations, release confirmations, warehouse receipts and delivery notes, one per line (CSV UTF-8 or Excel .xlsx). Every line is checked first: nothing is imported while one line is wrong.</source>
        <translation>Declarations, release confirmations, warehouse receipts and delivery notes, one per line (CSV UTF-8 or Excel .xlsx). Every line is checked first: nothing is imported while one line is wrong.</translation>
    </message>
    <message>
        <source>The customs file (.csv or .xlsx)</source>
        <translation>The customs file (.csv or .xlsx)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Check only</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Customs files (*.csv *.xlsx);;All files (*)</source>
        <translation>Customs files (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The file cannot be read: {why}</source>
        <translation>The file cannot be read: {why}</translation>
    </message>
    <message>
        <source>Nothing was imported from {name}: {n} problem(s) to fix in the file first.</source>
        <translation>Nothing was imported from {name}: {n} problem(s) to fix in the file first.</translation>
    </message>
    <message>
        <source>{name} can be imported ({rows} lines). {summary}</source>
        <translation>{name} can be imported ({rows} lines). {summary}</translation>
    </message>
    <message>
        <source>{name} was imported. {summary}</source>
        <translation>{name} was imported. {summary}</translation>
    </message>
    <message>
        <source>{kind} {number} ({direction}): {codes}; {start} to {end}</source>
        <translation>{kind} {number} ({direction}): {codes}; {start} to {end}</translation>
    </message>
</context>
<context>
    <name>InterruptionReports</name>
    <message>
        <source>Decision 247/QĐ-TCHQ, section I.2.3</source>
        <translation>Decision 247/QĐ-TCHQ, section I.2.3</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cameras (diagram numbers)</source>
        <translation>Cameras (diagram numbers)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Began (Vietnam time)</source>
        <translation>Began (Vietnam time)</translation>
    </message>
    <message>
        <source>Restored (Vietnam time)</source>
        <translation>Restored (Vietnam time)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Duration (hours)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deadline met</source>
        <translation>Deadline met</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Working days without follow-up</source>
        <translation>Working days without follow-up</translation>
    </message>
    <message>
        <source>Gate camera</source>
        <translation>Gate camera</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <source>Camera (diagram number)</source>
        <translation>Camera (diagram number)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{kind}: by the end of working day {n} after the day it began, not counting Saturdays, Sundays and public holidays.</source>
        <translation>{kind}: by the end of working day {n} after the day it began, not counting Saturdays, Sundays and public holidays.</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>not yet due</source>
        <translation>not yet due</translation>
    </message>
    <message>
        <source>{d} d {h:02d} h {m:02d} min</source>
        <translation>{d} d {h:02d} h {m:02d} min</translation>
    </message>
    <message>
        <source>Returned to service</source>
        <translation>Returned to service</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In service</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Not observed</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>monitor</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officer</translation>
    </message>
    <message>
        <source>whole EPE</source>
        <translation>whole EPE</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>not restored</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Outage: {condition}</source>
        <translation>Outage: {condition}</translation>
    </message>
</context>
<context>
    <name>InterruptionReportsPdf</name>
    <message>
        <source>Logbook of power failures, outages, repairs and maintenance by time, position and camera number (Decision 247/QĐ-TCHQ, section I.1.1).</source>
        <translation>Logbook of power failures, outages, repairs and maintenance by time, position and camera number (Decision 247/QĐ-TCHQ, section I.1.1).</translation>
    </message>
    <message>
        <source>Register of interruptions of EPE camera systems</source>
        <translation>Register of interruptions of EPE camera systems</translation>
    </message>
    <message>
        <source>A gate camera is down: the EPE keeps a manual log of the vehicles and containers entering and leaving until it is restored.</source>
        <translation>A gate camera is down: the EPE keeps a manual log of the vehicles and containers entering and leaving until it is restored.</translation>
    </message>
    <message>
        <source>Camera logbook</source>
        <translation>Camera logbook</translation>
    </message>
    <message>
        <source>Legal basis: {basis}. Past the deadline the EPE sends a written reason and a new expected date; the officer in charge updates the status every working day.</source>
        <translation>Legal basis: {basis}. Past the deadline the EPE sends a written reason and a new expected date; the officer in charge updates the status every working day.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Deadline met</source>
        <translation>Deadline met</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>not restored</source>
        <translation>not restored</translation>
    </message>
    <message>
        <source>Made on {date} at {time} (Vietnam time).</source>
        <translation>Made on {date} at {time} (Vietnam time).</translation>
    </message>
    <message>
        <source>{name}; address: {address}; tax ID: {tax_id}</source>
        <translation>{name}; address: {address}; tax ID: {tax_id}</translation>
    </message>
    <message>
        <source>Began {moment} (Vietnam time); cameras of the diagram: {cameras}.</source>
        <translation>Began {moment} (Vietnam time); cameras of the diagram: {cameras}.</translation>
    </message>
    <message>
        <source>1. Name, address, tax identification number of the enterprise under customs supervision:</source>
        <translation>1. Name, address, tax identification number of the enterprise under customs supervision:</translation>
    </message>
    <message>
        <source>2. Description of the current status and causes of the technical issue (location, quantity according to the diagram provided to customs):</source>
        <translation>2. Description of the current status and causes of the technical issue (location, quantity according to the diagram provided to customs):</translation>
    </message>
    <message>
        <source>3. Effects of the interruption on customs supervision:</source>
        <translation>3. Effects of the interruption on customs supervision:</translation>
    </message>
    <message>
        <source>4. Estimated time for restoration:</source>
        <translation>4. Estimated time for restoration:</translation>
    </message>
    <message>
        <source>5. Contact of the enterprise's technician:</source>
        <translation>5. Contact of the enterprise's technician:</translation>
    </message>
    <message>
        <source>Pursuant to Decision 247/QĐ-TCHQ of the General Department of Customs, {name} notifies the interruption of its surveillance camera system for goods under customs supervision as follows:</source>
        <translation>Pursuant to Decision 247/QĐ-TCHQ of the General Department of Customs, {name} notifies the interruption of its surveillance camera system for goods under customs supervision as follows:</translation>
    </message>
    <message>
        <source>Restoration deadline: {day} ({rule})</source>
        <translation>Restoration deadline: {day} ({rule})</translation>
    </message>
    <message>
        <source>Filled from record {id} of the customs register of interruptions.</source>
        <translation>Filled from record {id} of the customs register of interruptions.</translation>
    </message>
    <message>
        <source>{name} — tax ID {tax_id}, {start} to {end}</source>
        <translation>{name} — tax ID {tax_id}, {start} to {end}</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>%n day(s) overdue</source>
        <translation>%n day(s) overdue</translation>
    </message>
    <message>
        <source>{count} note(s); {missing} working day(s) without</source>
        <translation>{count} note(s); {missing} working day(s) without</translation>
    </message>
    <message>
        <source>(gate camera)</source>
        <translation>(gate camera)</translation>
    </message>
    <message>
        <source>{number}. {name} — tax ID {tax_id}</source>
        <translation>{number}. {name} — tax ID {tax_id}</translation>
    </message>
    <message>
        <source>{count} interruption(s): deadline met {met}, missed {missed}, overdue and open {overdue}, open {open}.</source>
        <translation>{count} interruption(s): deadline met {met}, missed {missed}, overdue and open {overdue}, open {open}.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(signature, full name)</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>(signature, full name, seal)</source>
        <translation>(signature, full name, seal)</translation>
    </message>
    <message>
        <source>Register of interruptions {month}</source>
        <translation>Register of interruptions {month}</translation>
    </message>
    <message>
        <source>Notification of interruption of the surveillance camera system of the EPE</source>
        <translation>Notification of interruption of the surveillance camera system of the EPE</translation>
    </message>
    <message>
        <source>(Appendix II, Decision 247/QĐ-TCHQ)</source>
        <translation>(Appendix II, Decision 247/QĐ-TCHQ)</translation>
    </message>
    <message>
        <source>Appendix II notification {id}</source>
        <translation>Appendix II notification {id}</translation>
    </message>
    <message>
        <source>Camera logbook {name}</source>
        <translation>Camera logbook {name}</translation>
    </message>
    <message>
        <source>Month {month}</source>
        <translation>Month {month}</translation>
    </message>
    <message>
        <source>Extended to {day}.</source>
        <translation>Extended to {day}.</translation>
    </message>
    <message>
        <source>For your information./.</source>
        <translation>For your information./.</translation>
    </message>
    <message>
        <source>camera no. {number}</source>
        <translation>camera no. {number}</translation>
    </message>
    <message>
        <source>extended to {day}</source>
        <translation>extended to {day}</translation>
    </message>
    <message>
        <source>No interruption was recorded in this month.</source>
        <translation>No interruption was recorded in this month.</translation>
    </message>
    <message>
        <source>Median restoration time {hours:.1f} h.</source>
        <translation>Median restoration time {hours:.1f} h.</translation>
    </message>
    <message>
        <source>camera no. {number} ({place})</source>
        <translation>camera no. {number} ({place})</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period.</source>
        <translation>Nothing was recorded in this period.</translation>
    </message>
    <message>
        <source>Kind: {kind}.</source>
        <translation>Kind: {kind}.</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Cause: {cause}</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
</context>
<context>
    <name>InterruptionViews</name>
    <message>
        <source>&amp;Interruptions</source>
        <translation>&amp;Interruptions</translation>
    </message>
    <message>
        <source>Interruption &amp;register…</source>
        <translation>Interruption &amp;register…</translation>
    </message>
    <message>
        <source>Camera interruptions of the EPEs, their deadlines and daily follow-up</source>
        <translation>Camera interruptions of the EPEs, their deadlines and daily follow-up</translation>
    </message>
</context>
<context>
    <name>Interruptions</name>
    <message>
        <source>Deadline: the end of working day {count} after the day the interruption began (Saturdays, Sundays and public holidays not counted).</source>
        <translation>Deadline: the end of working day {count} after the day the interruption began (Saturdays, Sundays and public holidays not counted).</translation>
    </message>
    <message>
        <source>Camera or equipment fault</source>
        <translation>Camera or equipment fault</translation>
    </message>
    <message>
        <source>Transmission fault</source>
        <translation>Transmission fault</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Extended</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Manual log attached</source>
        <translation>Manual log attached</translation>
    </message>
    <message>
        <source>Gate camera {cameras} is down: the EPE must keep a manual log of the vehicles and containers passing the gate until it works again. Attach it here when the EPE hands it over.</source>
        <translation>Gate camera {cameras} is down: the EPE must keep a manual log of the vehicles and containers passing the gate until it works again. Attach it here when the EPE hands it over.</translation>
    </message>
    <message>
        <source>Write the reason the EPE gave in writing for the late restoration.</source>
        <translation>Write the reason the EPE gave in writing for the late restoration.</translation>
    </message>
    <message>
        <source>Unknown source of the interruption.</source>
        <translation>Unknown source of the interruption.</translation>
    </message>
    <message>
        <source>Name at least one camera by its diagram number.</source>
        <translation>Name at least one camera by its diagram number.</translation>
    </message>
    <message>
        <source>Say in which time zone the interruption began.</source>
        <translation>Say in which time zone the interruption began.</translation>
    </message>
    <message>
        <source>The interruption cannot begin in the future.</source>
        <translation>The interruption cannot begin in the future.</translation>
    </message>
    <message>
        <source>Write the cause of the interruption.</source>
        <translation>Write the cause of the interruption.</translation>
    </message>
    <message>
        <source>The notification cannot be dated in the future.</source>
        <translation>The notification cannot be dated in the future.</translation>
    </message>
    <message>
        <source>Write a closing note: how and when the cameras came back.</source>
        <translation>Write a closing note: how and when the cameras came back.</translation>
    </message>
    <message>
        <source>A manual vehicle and container log is kept only while a gate camera is down.</source>
        <translation>A manual vehicle and container log is kept only while a gate camera is down.</translation>
    </message>
    <message>
        <source>This interruption is already closed.</source>
        <translation>This interruption is already closed.</translation>
    </message>
    <message>
        <source>Write a note: the troubleshooting status today.</source>
        <translation>Write a note: the troubleshooting status today.</translation>
    </message>
    <message>
        <source>Choose the kind of fault.</source>
        <translation>Choose the kind of fault.</translation>
    </message>
    <message>
        <source>This EPE is not in the registry.</source>
        <translation>This EPE is not in the registry.</translation>
    </message>
    <message>
        <source>{epe} has no camera number {numbers} on its diagram.</source>
        <translation>{epe} has no camera number {numbers} on its diagram.</translation>
    </message>
    <message>
        <source>The new expected date must be after the deadline ({due}).</source>
        <translation>The new expected date must be after the deadline ({due}).</translation>
    </message>
    <message>
        <source>No interruption with the ID {id}.</source>
        <translation>No interruption with the ID {id}.</translation>
    </message>
    <message>
        <source>The copy of the file could not be kept in {folder}: {error}</source>
        <translation>The copy of the file could not be kept in {folder}: {error}</translation>
    </message>
    <message>
        <source>Several interruptions have IDs starting with {id}: give more of it.</source>
        <translation>Several interruptions have IDs starting with {id}: give more of it.</translation>
    </message>
    <message>
        <source>No officer with the code {code} on this workstation.</source>
        <translation>No officer with the code {code} on this workstation.</translation>
    </message>
</context>
<context>
    <name>KeyringBanner</name>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Ask the system to show its keyring unlock prompt</source>
        <translation>Ask the system to show its keyring unlock prompt</translation>
    </message>
    <message>
        <source>Keyring ready</source>
        <translation>Keyring ready</translation>
    </message>
    <message>
        <source>No keyring: passwords cannot be stored</source>
        <translation>No keyring: passwords cannot be stored</translation>
    </message>
    <message>
        <source>Keyring locked</source>
        <translation>Keyring locked</translation>
    </message>
    <message>
        <source>Keyring access denied</source>
        <translation>Keyring access denied</translation>
    </message>
    <message>
        <source>Keyring error</source>
        <translation>Keyring error</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>A check record is incomplete or damaged.</source>
        <translation>A check record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>An amendment record is incomplete or damaged.</source>
        <translation>An amendment record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>An interruption or logbook record is incomplete or damaged.</source>
        <translation>An interruption or logbook record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>A handover record is incomplete or damaged.</source>
        <translation>A handover record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>A case record is incomplete or damaged.</source>
        <translation>A case record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>A shift review record is incomplete.</source>
        <translation>A shift review record is incomplete.</translation>
    </message>
    <message>
        <source>A reconciliation decision record is incomplete or damaged.</source>
        <translation>A reconciliation decision record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>An audit record is incomplete or damaged.</source>
        <translation>An audit record is incomplete or damaged.</translation>
    </message>
    <message>
        <source>the head file</source>
        <translation>the head file</translation>
    </message>
    <message>
        <source>The officer profile {code} is not in the log: it was added to the officers table directly.</source>
        <translation>The officer profile {code} is not in the log: it was added to the officers table directly.</translation>
    </message>
    <message>
        <source>The officers table gives {code} the role {role}, but the log records {recorded}: the role was changed in the table, not by a team lead.</source>
        <translation>The officers table gives {code} the role {role}, but the log records {recorded}: the role was changed in the table, not by a team lead.</translation>
    </message>
    <message>
        <source>The officers table switches {code} {state}, but the log does not: the profile was changed in the table, not by a team lead.</source>
        <translation>The officers table switches {code} {state}, but the log does not: the profile was changed in the table, not by a team lead.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>The log's head file ({path}) is damaged, so a cut at the end of the log cannot be ruled out.</source>
        <translation>The log's head file ({path}) is damaged, so a cut at the end of the log cannot be ruled out.</translation>
    </message>
    <message>
        <source>The log's head file ({path}) was deleted, so records cut from the end of the log cannot be counted from it.</source>
        <translation>The log's head file ({path}) was deleted, so records cut from the end of the log cannot be counted from it.</translation>
    </message>
    <message>
        <source>The log's head file belongs to another workstation: the registry file was replaced.</source>
        <translation>The log's head file belongs to another workstation: the registry file was replaced.</translation>
    </message>
    <message>
        <source>SQLite has numbered {count} record(s) after the last one here (number {seq}): records were deleted from the end of the log.</source>
        <translation>SQLite has numbered {count} record(s) after the last one here (number {seq}): records were deleted from the end of the log.</translation>
    </message>
    <message>
        <source>the head file {path}</source>
        <translation>the head file {path}</translation>
    </message>
    <message>
        <source>Record {seq} no longer has the hash {where} keeps for it: the log was rewritten up to there (hashes recomputed).</source>
        <translation>Record {seq} no longer has the hash {where} keeps for it: the log was rewritten up to there (hashes recomputed).</translation>
    </message>
    <message>
        <source>after record {seq} (written {time})</source>
        <translation>after record {seq} (written {time})</translation>
    </message>
    <message>
        <source>from the first record on</source>
        <translation>from the first record on</translation>
    </message>
    <message>
        <source>{count} record(s) are missing at the end of the log, {after}: {where} knows {known} record(s) up to number {seq}, written {time}.</source>
        <translation>{count} record(s) are missing at the end of the log, {after}: {where} knows {known} record(s) up to number {seq}, written {time}.</translation>
    </message>
    <message>
        <source>This record does not follow the one before it: a record before it was deleted, inserted or changed.</source>
        <translation>This record does not follow the one before it: a record before it was deleted, inserted or changed.</translation>
    </message>
    <message>
        <source>This record was changed after it was written.</source>
        <translation>This record was changed after it was written.</translation>
    </message>
    <message>
        <source>This record cannot be read: it was damaged.</source>
        <translation>This record cannot be read: it was damaged.</translation>
    </message>
    <message>
        <source>The checks table no longer matches the log for this check (the table was edited).</source>
        <translation>The checks table no longer matches the log for this check (the table was edited).</translation>
    </message>
    <message>
        <source>The checks table lists a check that is not in the log (it was added to the table directly).</source>
        <translation>The checks table lists a check that is not in the log (it was added to the table directly).</translation>
    </message>
    <message>
        <source>The interruption register or the camera logbook no longer matches the log for this record (its table was edited).</source>
        <translation>The interruption register or the camera logbook no longer matches the log for this record (its table was edited).</translation>
    </message>
    <message>
        <source>The cases table no longer matches the log for this case (the table was edited).</source>
        <translation>The cases table no longer matches the log for this case (the table was edited).</translation>
    </message>
    <message>
        <source>This checkpoint does not match the records before it: records before it were deleted or the log was rewritten.</source>
        <translation>This checkpoint does not match the records before it: records before it were deleted or the log was rewritten.</translation>
    </message>
    <message>
        <source>This checkpoint's signature does not match the team key: the log up to here was rewritten without the key.</source>
        <translation>This checkpoint's signature does not match the team key: the log up to here was rewritten without the key.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>the keyring</translation>
    </message>
    <message>
        <source>{file} was exported by another workstation (or an older epewall): it cannot vouch for this workstation's log.</source>
        <translation>{file} was exported by another workstation (or an older epewall): it cannot vouch for this workstation's log.</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>e.g. Cục Hải quan TP. Hồ Chí Minh</source>
        <translation>e.g. Cục Hải quan TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>e.g. Chi cục Hải quan Khu chế xuất Tân Thuận</source>
        <translation>e.g. Chi cục Hải quan Khu chế xuất Tân Thuận</translation>
    </message>
    <message>
        <source>e.g. HQKCXTT</source>
        <translation>e.g. HQKCXTT</translation>
    </message>
    <message>
        <source>e.g. TP. Hồ Chí Minh</source>
        <translation>e.g. TP. Hồ Chí Minh</translation>
    </message>
    <message>
        <source>Superior agency:</source>
        <translation>Superior agency:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Unit code in document numbers:</source>
        <translation>Unit code in document numbers:</translation>
    </message>
    <message>
        <source>Place on the date line:</source>
        <translation>Place on the date line:</translation>
    </message>
    <message>
        <source>Letterhead of printed documents</source>
        <translation>Letterhead of printed documents</translation>
    </message>
</context>
<context>
    <name>LiveGateControl</name>
    <message>
        <source>Read the &amp;gate cameras live (containers, plates)</source>
        <translation>Read the &amp;gate cameras live (containers, plates)</translation>
    </message>
    <message>
        <source>Read container numbers and plates from the gate cameras on the wall and keep them for the reconciliation</source>
        <translation>Read container numbers and plates from the gate cameras on the wall and keep them for the reconciliation</translation>
    </message>
</context>
<context>
    <name>LogExchange</name>
    <message>
        <source>A team key is 64 hexadecimal digits (0-9, a-f), as the team lead got it from 'epewall log key new'.</source>
        <translation>A team key is 64 hexadecimal digits (0-9, a-f), as the team lead got it from 'epewall log key new'.</translation>
    </message>
    <message>
        <source>The log file could not be written: {reason} ({path})</source>
        <translation>The log file could not be written: {reason} ({path})</translation>
    </message>
    <message>
        <source>{file} was refused: {detail}</source>
        <translation>{file} was refused: {detail}</translation>
    </message>
    <message>
        <source>it is not an epewall log file, or it was damaged.</source>
        <translation>it is not an epewall log file, or it was damaged.</translation>
    </message>
    <message>
        <source>it was written by another version of epewall that this one cannot read.</source>
        <translation>it was written by another version of epewall that this one cannot read.</translation>
    </message>
    <message>
        <source>it was signed with another team key. Check that this workstation and the one that exported it have the same team key.</source>
        <translation>it was signed with another team key. Check that this workstation and the one that exported it have the same team key.</translation>
    </message>
    <message>
        <source>it was changed after it was exported (its records are missing).</source>
        <translation>it was changed after it was exported (its records are missing).</translation>
    </message>
    <message>
        <source>record {number} of {count} was changed, added or removed after the file was exported.</source>
        <translation>record {number} of {count} was changed, added or removed after the file was exported.</translation>
    </message>
    <message>
        <source>records at the end of the file were removed after it was exported.</source>
        <translation>records at the end of the file were removed after it was exported.</translation>
    </message>
    <message>
        <source>it was changed after it was exported (its signature does not match).</source>
        <translation>it was changed after it was exported (its signature does not match).</translation>
    </message>
    <message>
        <source>record {number} has the ID of a record already here but different content: one of the two logs was changed.</source>
        <translation>record {number} has the ID of a record already here but different content: one of the two logs was changed.</translation>
    </message>
    <message>
        <source>record {number} cannot be read.</source>
        <translation>record {number} cannot be read.</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>The time of the entry cannot be in the future.</source>
        <translation>The time of the entry cannot be in the future.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Write what happened.</translation>
    </message>
    <message>
        <source>Power failure</source>
        <translation>Power failure</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>This EPE is not in the registry.</source>
        <translation>This EPE is not in the registry.</translation>
    </message>
    <message>
        <source>No interruption with the ID {id}.</source>
        <translation>No interruption with the ID {id}.</translation>
    </message>
    <message>
        <source>{epe} has no camera number {number} on its diagram.</source>
        <translation>{epe} has no camera number {number} on its diagram.</translation>
    </message>
</context>
<context>
    <name>LogbookLauncher</name>
    <message>
        <source>Camera lo&amp;gbook…</source>
        <translation>Camera lo&amp;gbook…</translation>
    </message>
    <message>
        <source>Outages, power failures, repairs and maintenance of the selected cameras</source>
        <translation>Outages, power failures, repairs and maintenance of the selected cameras</translation>
    </message>
</context>
<context>
    <name>LogbookView</name>
    <message>
        <source>Camera logbook — {name} ({tax_id})</source>
        <translation>Camera logbook — {name} ({tax_id})</translation>
    </message>
    <message>
        <source>All cameras</source>
        <translation>All cameras</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Camera:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Interruption</translation>
    </message>
    <message>
        <source>&amp;Add entry…</source>
        <translation>&amp;Add entry…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>Log in to add entries to the logbook.</source>
        <translation>Log in to add entries to the logbook.</translation>
    </message>
    <message>
        <source>Your role may read the logbook, not add to it.</source>
        <translation>Your role may read the logbook, not add to it.</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Reading the logbook…</translation>
    </message>
    <message>
        <source>The logbook could not be read: {error}</source>
        <translation>The logbook could not be read: {error}</translation>
    </message>
    <message>
        <source>{outages} outage(s) seen by the monitor, {entries} officer entry(ies).</source>
        <translation>{outages} outage(s) seen by the monitor, {entries} officer entry(ies).</translation>
    </message>
    <message>
        <source>Save the logbook as PDF</source>
        <translation>Save the logbook as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the logbook as CSV</source>
        <translation>Save the logbook as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>The file could not be written ({error}).</source>
        <translation>The file could not be written ({error}).</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>The file was not saved</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import sites…</source>
        <translation>&amp;Import sites…</translation>
    </message>
    <message>
        <source>Add or update EPEs and cameras from a CSV file</source>
        <translation>Add or update EPEs and cameras from a CSV file</translation>
    </message>
    <message>
        <source>&amp;Export sites…</source>
        <translation>&amp;Export sites…</translation>
    </message>
    <message>
        <source>Save EPEs and cameras as a CSV file (without passwords)</source>
        <translation>Save EPEs and cameras as a CSV file (without passwords)</translation>
    </message>
    <message>
        <source>&amp;Verify evidence…</source>
        <translation>&amp;Verify evidence…</translation>
    </message>
    <message>
        <source>Check an evidence export folder: its signature, its signer and every file</source>
        <translation>Check an evidence export folder: its signature, its signer and every file</translation>
    </message>
    <message>
        <source>Evidence signing &amp;keys of the workstations…</source>
        <translation>Evidence signing &amp;keys of the workstations…</translation>
    </message>
    <message>
        <source>This workstation's fingerprint; the keys the team trusts (team leads)</source>
        <translation>This workstation's fingerprint; the keys the team trusts (team leads)</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>&amp;Add EPE…</source>
        <translation>&amp;Add EPE…</translation>
    </message>
    <message>
        <source>&amp;Edit EPE…</source>
        <translation>&amp;Edit EPE…</translation>
    </message>
    <message>
        <source>&amp;Delete EPE…</source>
        <translation>&amp;Delete EPE…</translation>
    </message>
    <message>
        <source>Set acc&amp;ount…</source>
        <translation>Set acc&amp;ount…</translation>
    </message>
    <message>
        <source>The account the EPE handed to customs; the password is kept in the keyring</source>
        <translation>The account the EPE handed to customs; the password is kept in the keyring</translation>
    </message>
    <message>
        <source>Add &amp;camera…</source>
        <translation>Add &amp;camera…</translation>
    </message>
    <message>
        <source>Ed&amp;it camera…</source>
        <translation>Ed&amp;it camera…</translation>
    </message>
    <message>
        <source>De&amp;lete camera…</source>
        <translation>De&amp;lete camera…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About epewall</source>
        <translation>&amp;About epewall</translation>
    </message>
    <message>
        <source>&amp;Live view</source>
        <translation>&amp;Live view</translation>
    </message>
    <message>
        <source>Put the camera, or the EPE's cameras, on the wall</source>
        <translation>Put the camera, or the EPE's cameras, on the wall</translation>
    </message>
    <message>
        <source>Play&amp;back</source>
        <translation>Play&amp;back</translation>
    </message>
    <message>
        <source>Open the recorder's playback of the camera (or the EPE) from 30 s ago</source>
        <translation>Open the recorder's playback of the camera (or the EPE) from 30 s ago</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Wall</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Layout</translation>
    </message>
    <message>
        <source>&amp;1 camera</source>
        <translation>&amp;1 camera</translation>
    </message>
    <message>
        <source>&amp;2 × 2</source>
        <translation>&amp;2 × 2</translation>
    </message>
    <message>
        <source>&amp;3 × 3</source>
        <translation>&amp;3 × 3</translation>
    </message>
    <message>
        <source>&amp;4 × 4</source>
        <translation>&amp;4 × 4</translation>
    </message>
    <message>
        <source>1 large + &amp;5 small</source>
        <translation>1 large + &amp;5 small</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>&amp;Open saved wall</source>
        <translation>&amp;Open saved wall</translation>
    </message>
    <message>
        <source>&amp;Save wall as…</source>
        <translation>&amp;Save wall as…</translation>
    </message>
    <message>
        <source>Take &amp;snapshot</source>
        <translation>Take &amp;snapshot</translation>
    </message>
    <message>
        <source>Save the picture of the maximised tile, or of the tile under the mouse, as evidence</source>
        <translation>Save the picture of the maximised tile, or of the tile under the mouse, as evidence</translation>
    </message>
    <message>
        <source>&amp;Print last snapshot…</source>
        <translation>&amp;Print last snapshot…</translation>
    </message>
    <message>
        <source>&amp;Clear the wall</source>
        <translation>&amp;Clear the wall</translation>
    </message>
    <message>
        <source>EPEs: %1 · Cameras: %2</source>
        <translation>EPEs: %1 · Cameras: %2</translation>
    </message>
    <message>
        <source>Keyring: waiting for the unlock prompt…</source>
        <translation>Keyring: waiting for the unlock prompt…</translation>
    </message>
    <message>
        <source>Keyring: checking…</source>
        <translation>Keyring: checking…</translation>
    </message>
    <message>
        <source>Keyring: %1</source>
        <translation>Keyring: %1</translation>
    </message>
    <message>
        <source>EPE passwords are kept in %1.</source>
        <translation>EPE passwords are kept in %1.</translation>
    </message>
    <message>
        <source>Delete EPE</source>
        <translation>Delete EPE</translation>
    </message>
    <message>
        <source>Delete the EPE “%1” and its %2 camera(s) from the registry?</source>
        <translation>Delete the EPE “%1” and its %2 camera(s) from the registry?</translation>
    </message>
    <message>
        <source>Its stored password is deleted from the keyring too. This cannot be undone.</source>
        <translation>Its stored password is deleted from the keyring too. This cannot be undone.</translation>
    </message>
    <message>
        <source>Deleting the EPE…</source>
        <translation>Deleting the EPE…</translation>
    </message>
    <message>
        <source>EPE deleted, with its stored password.</source>
        <translation>EPE deleted, with its stored password.</translation>
    </message>
    <message>
        <source>The EPE was not deleted</source>
        <translation>The EPE was not deleted</translation>
    </message>
    <message>
        <source>Delete camera</source>
        <translation>Delete camera</translation>
    </message>
    <message>
        <source>Delete camera no. %1 (%2) from the registry?</source>
        <translation>Delete camera no. %1 (%2) from the registry?</translation>
    </message>
    <message>
        <source>The camera was not deleted</source>
        <translation>The camera was not deleted</translation>
    </message>
    <message>
        <source>Import sites</source>
        <translation>Import sites</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2 problem(s) must be fixed in the file first.</source>
        <translation>Nothing was imported from %1: %2 problem(s) must be fixed in the file first.</translation>
    </message>
    <message>
        <source>… and %1 more (see the details).</source>
        <translation>… and %1 more (see the details).</translation>
    </message>
    <message>
        <source>%1 was imported.</source>
        <translation>%1 was imported.</translation>
    </message>
    <message>
        <source>The sites were not imported</source>
        <translation>The sites were not imported</translation>
    </message>
    <message>
        <source>Export sites</source>
        <translation>Export sites</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>Exported %1 EPE(s) and %2 camera(s) to %3.</source>
        <translation>Exported %1 EPE(s) and %2 camera(s) to %3.</translation>
    </message>
    <message>
        <source>The sites were not exported</source>
        <translation>The sites were not exported</translation>
    </message>
    <message>
        <source>Your role does not allow playback. Ask a team lead.</source>
        <translation>Your role does not allow playback. Ask a team lead.</translation>
    </message>
    <message>
        <source>EPE: %1 (tax ID %2)</source>
        <translation>EPE: %1 (tax ID %2)</translation>
    </message>
    <message>
        <source>Camera no. %1: %2</source>
        <translation>Camera no. %1: %2</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Must be online with customs: %1</source>
        <translation>Must be online with customs: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Main stream: %1</source>
        <translation>Main stream: %1</translation>
    </message>
    <message>
        <source>Sub stream: %1</source>
        <translation>Sub stream: %1</translation>
    </message>
    <message>
        <source>On the wall: %1</source>
        <translation>On the wall: %1</translation>
    </message>
    <message>
        <source>Camera details</source>
        <translation>Camera details</translation>
    </message>
    <message>
        <source>There is no saved wall named “%1”.</source>
        <translation>There is no saved wall named “%1”.</translation>
    </message>
    <message>
        <source>Open wall</source>
        <translation>Open wall</translation>
    </message>
    <message>
        <source>Save wall</source>
        <translation>Save wall</translation>
    </message>
    <message>
        <source>Name of this wall:</source>
        <translation>Name of this wall:</translation>
    </message>
    <message>
        <source>Wall “%1” saved.</source>
        <translation>Wall “%1” saved.</translation>
    </message>
    <message>
        <source>(no saved walls)</source>
        <translation>(no saved walls)</translation>
    </message>
    <message>
        <source>There is no camera on the wall to take a snapshot of.</source>
        <translation>There is no camera on the wall to take a snapshot of.</translation>
    </message>
    <message>
        <source>Snapshot saved: %1</source>
        <translation>Snapshot saved: %1</translation>
    </message>
    <message>
        <source>Print snapshot</source>
        <translation>Print snapshot</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>A screen was unplugged: the wall “%1” now plays behind this window (Alt+Tab shows it; it goes back when the screen returns).</source>
        <translation>A screen was unplugged: the wall “%1” now plays behind this window (Alt+Tab shows it; it goes back when the screen returns).</translation>
    </message>
    <message>
        <source>Waiting for another epewall window to finish writing…</source>
        <translation>Waiting for another epewall window to finish writing…</translation>
    </message>
    <message>
        <source>Log in as an officer to open the interruption register.</source>
        <translation>Log in as an officer to open the interruption register.</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Save a template</translation>
    </message>
    <message>
        <source>epewall-sites-template.csv</source>
        <translation>epewall-sites-template.csv</translation>
    </message>
    <message>
        <source>Template saved to %1: fill one row per camera, then import it.</source>
        <translation>Template saved to %1: fill one row per camera, then import it.</translation>
    </message>
    <message>
        <source>The template was not saved</source>
        <translation>The template was not saved</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open a case</source>
        <translation>Open a case</translation>
    </message>
    <message>
        <source>&amp;EPE:</source>
        <translation>&amp;EPE:</translation>
    </message>
    <message>
        <source>Attached from the start:</source>
        <translation>Attached from the start:</translation>
    </message>
    <message>
        <source>&amp;Facts: what was seen, when and on which camera (Vietnam time)</source>
        <translation>&amp;Facts: what was seen, when and on which camera (Vietnam time)</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Open the case</translation>
    </message>
    <message>
        <source>Add the EPE to the registry first.</source>
        <translation>Add the EPE to the registry first.</translation>
    </message>
    <message>
        <source>Writing the case to the check log…</source>
        <translation>Writing the case to the check log…</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Close the interruption</source>
        <translation>Close the interruption</translation>
    </message>
    <message>
        <source>{epe}, cameras {cameras}: how and when did the cameras come back?</source>
        <translation>{epe}, cameras {cameras}: how and when did the cameras come back?</translation>
    </message>
    <message>
        <source>Follow-up of today</source>
        <translation>Follow-up of today</translation>
    </message>
    <message>
        <source>{epe}, cameras {cameras}: the troubleshooting status today.</source>
        <translation>{epe}, cameras {cameras}: the troubleshooting status today.</translation>
    </message>
</context>
<context>
    <name>NotificationDialog</name>
    <message>
        <source>Open an interruption from the EPE's notification</source>
        <translation>Open an interruption from the EPE's notification</translation>
    </message>
    <message>
        <source>Enterprise (DNCX):</source>
        <translation>Enterprise (DNCX):</translation>
    </message>
    <message>
        <source>Address, tax ID:</source>
        <translation>Address, tax ID:</translation>
    </message>
    <message>
        <source>Cameras (diagram numbers):</source>
        <translation>Cameras (diagram numbers):</translation>
    </message>
    <message>
        <source>Description of the interruption:</source>
        <translation>Description of the interruption:</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Effect on customs supervision:</source>
        <translation>Effect on customs supervision:</translation>
    </message>
    <message>
        <source>Estimated restoration:</source>
        <translation>Estimated restoration:</translation>
    </message>
    <message>
        <source>Technician to contact:</source>
        <translation>Technician to contact:</translation>
    </message>
    <message>
        <source>Kind of fault:</source>
        <translation>Kind of fault:</translation>
    </message>
    <message>
        <source>Began at (Vietnam time):</source>
        <translation>Began at (Vietnam time):</translation>
    </message>
    <message>
        <source>Date notified:</source>
        <translation>Date notified:</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Document number:</translation>
    </message>
    <message>
        <source>No EPE in the registry.</source>
        <translation>No EPE in the registry.</translation>
    </message>
    <message>
        <source>{address} · tax ID {tax_id}</source>
        <translation>{address} · tax ID {tax_id}</translation>
    </message>
    <message>
        <source>Due on: {date}</source>
        <translation>Due on: {date}</translation>
    </message>
</context>
<context>
    <name>Ocr</name>
    <message>
        <source>The text reader (RapidOCR) is not installed on this computer; run the set-up again to install it.</source>
        <translation>The text reader (RapidOCR) is not installed on this computer; run the set-up again to install it.</translation>
    </message>
    <message>
        <source>The text reader's models cannot be loaded ({reason}).</source>
        <translation>The text reader's models cannot be loaded ({reason}).</translation>
    </message>
</context>
<context>
    <name>OfficerControls</name>
    <message>
        <source>No officer logged in (view only)</source>
        <translation>No officer logged in (view only)</translation>
    </message>
    <message>
        <source>Officer: %1 · %2</source>
        <translation>Officer: %1 · %2</translation>
    </message>
    <message>
        <source>Your PIN was changed.</source>
        <translation>Your PIN was changed.</translation>
    </message>
    <message>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotation</translation>
    </message>
    <message>
        <source>S&amp;witch officer…</source>
        <translation>S&amp;witch officer…</translation>
    </message>
    <message>
        <source>The next officer of the shift logs in with their PIN</source>
        <translation>The next officer of the shift logs in with their PIN</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>Change my &amp;PIN…</source>
        <translation>Change my &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Officers and assignments…</source>
        <translation>&amp;Officers and assignments…</translation>
    </message>
    <message>
        <source>Team leads: officer profiles, PINs and which officers are responsible for which EPE</source>
        <translation>Team leads: officer profiles, PINs and which officers are responsible for which EPE</translation>
    </message>
    <message>
        <source>My check &amp;log…</source>
        <translation>My check &amp;log…</translation>
    </message>
</context>
<context>
    <name>OfficerEditDialog</name>
    <message>
        <source>Edit officer</source>
        <translation>Edit officer</translation>
    </message>
    <message>
        <source>Add officer</source>
        <translation>Add officer</translation>
    </message>
    <message>
        <source>Officer &amp;code:</source>
        <translation>Officer &amp;code:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Active (can log in)</source>
        <translation>&amp;Active (can log in)</translation>
    </message>
    <message>
        <source>First &amp;PIN (6–12 digits):</source>
        <translation>First &amp;PIN (6–12 digits):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>OfficerLoginDialog</name>
    <message>
        <source>Switch officer</source>
        <translation>Switch officer</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Choose your profile and type your PIN. At the end of your shift, the next officer uses “Switch officer”.</source>
        <translation>Choose your profile and type your PIN. At the end of your shift, the next officer uses “Switch officer”.</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Officer:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>No officer profiles exist on this workstation yet. Create the first profile: a team lead, who can then add the other officers.</source>
        <translation>No officer profiles exist on this workstation yet. Create the first profile: a team lead, who can then add the other officers.</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <source>Officer &amp;code:</source>
        <translation>Officer &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>&amp;PIN (6–12 digits):</source>
        <translation>&amp;PIN (6–12 digits):</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <source>Create and log in</source>
        <translation>Create and log in</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
    <message>
        <source>The login could not be checked: %1</source>
        <translation>The login could not be checked: %1</translation>
    </message>
</context>
<context>
    <name>OfficerTotalsModel</name>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Unscheduled</translation>
    </message>
    <message>
        <source>EPEs checked</source>
        <translation>EPEs checked</translation>
    </message>
    <message>
        <source>Planned done / planned</source>
        <translation>Planned done / planned</translation>
    </message>
    <message>
        <source>Outside working time</source>
        <translation>Outside working time</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>Your role does not allow this. Ask a team lead.</source>
        <translation>Your role does not allow this. Ask a team lead.</translation>
    </message>
    <message>
        <source>The officer code is required (no spaces, at most 40 characters).</source>
        <translation>The officer code is required (no spaces, at most 40 characters).</translation>
    </message>
    <message>
        <source>The officer's full name is required.</source>
        <translation>The officer's full name is required.</translation>
    </message>
    <message>
        <source>Choose a role: officer, team lead or view only.</source>
        <translation>Choose a role: officer, team lead or view only.</translation>
    </message>
    <message>
        <source>The first profile on a workstation must be a team lead.</source>
        <translation>The first profile on a workstation must be a team lead.</translation>
    </message>
    <message>
        <source>Another officer already has this code.</source>
        <translation>Another officer already has this code.</translation>
    </message>
    <message>
        <source>The workstation needs at least one active team lead.</source>
        <translation>The workstation needs at least one active team lead.</translation>
    </message>
    <message>
        <source>The current PIN is wrong.</source>
        <translation>The current PIN is wrong.</translation>
    </message>
    <message>
        <source>Unknown officer code or wrong PIN.</source>
        <translation>Unknown officer code or wrong PIN.</translation>
    </message>
    <message>
        <source>This profile is switched off. Ask a team lead.</source>
        <translation>This profile is switched off. Ask a team lead.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this profile is locked until {time}. A team lead can unlock it.</source>
        <translation>Too many wrong PINs: this profile is locked until {time}. A team lead can unlock it.</translation>
    </message>
    <message>
        <source>The PIN must have 6 to 12 digits.</source>
        <translation>The PIN must have 6 to 12 digits.</translation>
    </message>
    <message>
        <source>Your PIN has fewer than 6 digits, which a copied registry file gives away in minutes. Choose a new PIN of 6 to 12 digits now.</source>
        <translation>Your PIN has fewer than 6 digits, which a copied registry file gives away in minutes. Choose a new PIN of 6 to 12 digits now.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: this profile is now locked for {minutes} minutes. A team lead can unlock it.</source>
        <translation>Too many wrong PINs: this profile is now locked for {minutes} minutes. A team lead can unlock it.</translation>
    </message>
</context>
<context>
    <name>OfficersDialog</name>
    <message>
        <source>Officers and assignments</source>
        <translation>Officers and assignments</translation>
    </message>
    <message>
        <source>&amp;Officers</source>
        <translation>&amp;Officers</translation>
    </message>
    <message>
        <source>EPE &amp;assignments</source>
        <translation>EPE &amp;assignments</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show switched-off profiles</source>
        <translation>Show switched-off profiles</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Reset &amp;PIN…</source>
        <translation>Reset &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Switched off</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Locked until %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>Switch &amp;on</translation>
    </message>
    <message>
        <source>Switch o&amp;ff</source>
        <translation>Switch o&amp;ff</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Responsible from</source>
        <translation>Responsible from</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Assigned by</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Ended by</translation>
    </message>
    <message>
        <source>Officers responsible for this EPE (tick to assign, untick to end):</source>
        <translation>Officers responsible for this EPE (tick to assign, untick to end):</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
    <message>
        <source>A&amp;bsences</source>
        <translation>A&amp;bsences</translation>
    </message>
    <message>
        <source>Days an officer is away (leave, training, sickness). The monthly plan gives them no visits on those days.</source>
        <translation>Days an officer is away (leave, training, sickness). The monthly plan gives them no visits on those days.</translation>
    </message>
    <message>
        <source>e.g. annual leave, training</source>
        <translation>e.g. annual leave, training</translation>
    </message>
    <message>
        <source>&amp;Record absence</source>
        <translation>&amp;Record absence</translation>
    </message>
    <message>
        <source>Offi&amp;cer:</source>
        <translation>Offi&amp;cer:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Re&amp;move absence</source>
        <translation>Re&amp;move absence</translation>
    </message>
</context>
<context>
    <name>OfficialDocument</name>
    <message>
        <source>SOCIALIST REPUBLIC OF VIETNAM</source>
        <translation>SOCIALIST REPUBLIC OF VIETNAM</translation>
    </message>
    <message>
        <source>Independence - Freedom - Happiness</source>
        <translation>Independence - Freedom - Happiness</translation>
    </message>
    <message>
        <source>No.: {number}</source>
        <translation>No.: {number}</translation>
    </message>
    <message>
        <source>{place}, {month_name} {day}, {year}</source>
        <translation>{place}, {month_name} {day}, {year}</translation>
    </message>
    <message>
        <source>(signature, full name)</source>
        <translation>(signature, full name)</translation>
    </message>
    <message>
        <source>Made with epewall {version}.</source>
        <translation>Made with epewall {version}.</translation>
    </message>
    <message>
        <source>The PDF file {path} cannot be written ({error}). Check that its folder exists and that you may write to it.</source>
        <translation>The PDF file {path} cannot be written ({error}). Check that its folder exists and that you may write to it.</translation>
    </message>
</context>
<context>
    <name>Onvif</name>
    <message>
        <source>Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.</source>
        <translation>Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.</translation>
    </message>
    <message>
        <source>The device refused the account.</source>
        <translation>The device refused the account.</translation>
    </message>
    <message>
        <source>The device at {address} timed out: its answers did not all come within {seconds:g} s. The device or the EPE's network is too slow.</source>
        <translation>The device at {address} timed out: its answers did not all come within {seconds:g} s. The device or the EPE's network is too slow.</translation>
    </message>
    <message>
        <source>The device's answer is larger than any real answer; it was not read.</source>
        <translation>The device's answer is larger than any real answer; it was not read.</translation>
    </message>
    <message>
        <source>The device's answer is not valid HTTP.</source>
        <translation>The device's answer is not valid HTTP.</translation>
    </message>
    <message>
        <source>The device gives its snapshot on another host ({host}); the EPE's account is not sent there.</source>
        <translation>The device gives its snapshot on another host ({host}); the EPE's account is not sent there.</translation>
    </message>
    <message>
        <source>The device asks for the password in clear text (HTTP Basic); epewall does not send it. Ask the EPE to turn on digest authentication.</source>
        <translation>The device asks for the password in clear text (HTTP Basic); epewall does not send it. Ask the EPE to turn on digest authentication.</translation>
    </message>
    <message>
        <source>The snapshot is larger than {megabytes:g} MB; it was not read.</source>
        <translation>The snapshot is larger than {megabytes:g} MB; it was not read.</translation>
    </message>
    <message>
        <source>The device refused a login with our time; epewall logged in with the device's own time instead. Ask the EPE to set the device's clock (NTP).</source>
        <translation>The device refused a login with our time; epewall logged in with the device's own time instead. Ask the EPE to set the device's clock (NTP).</translation>
    </message>
    <message>
        <source>Reading the device's services…</source>
        <translation>Reading the device's services…</translation>
    </message>
    <message>
        <source>Reading media profiles…</source>
        <translation>Reading media profiles…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>The device does not offer this service.</source>
        <translation>The device does not offer this service.</translation>
    </message>
    <message>
        <source>The device's answer is not valid XML.</source>
        <translation>The device's answer is not valid XML.</translation>
    </message>
    <message>
        <source>The device's answer could not be understood.</source>
        <translation>The device's answer could not be understood.</translation>
    </message>
    <message>
        <source>The device at {address} does not answer as an ONVIF device ({problem}).</source>
        <translation>The device at {address} does not answer as an ONVIF device ({problem}).</translation>
    </message>
    <message>
        <source>The device lists no media profiles.</source>
        <translation>The device lists no media profiles.</translation>
    </message>
    <message>
        <source>The snapshot could not be fetched.</source>
        <translation>The snapshot could not be fetched.</translation>
    </message>
    <message>
        <source>Reading PTZ nodes and presets…</source>
        <translation>Reading PTZ nodes and presets…</translation>
    </message>
    <message>
        <source>Fetching thumbnails…</source>
        <translation>Fetching thumbnails…</translation>
    </message>
    <message>
        <source>The device's clock is {seconds:+.0f} s off.</source>
        <translation>The device's clock is {seconds:+.0f} s off.</translation>
    </message>
    <message>
        <source>Cannot connect to {address}: nothing answers there, or the connection was refused. Check the address, the port and the EPE's network.</source>
        <translation>Cannot connect to {address}: nothing answers there, or the connection was refused. Check the address, the port and the EPE's network.</translation>
    </message>
    <message>
        <source>The device does not support this call.</source>
        <translation>The device does not support this call.</translation>
    </message>
    <message>
        <source>The call failed ({error}).</source>
        <translation>The call failed ({error}).</translation>
    </message>
    <message>
        <source>The device at {address} refused the account "{user}": the user name or password is wrong, or the account may not use ONVIF.</source>
        <translation>The device at {address} refused the account "{user}": the user name or password is wrong, or the account may not use ONVIF.</translation>
    </message>
    <message>
        <source>The device at {address} did not answer within {seconds:g} s.</source>
        <translation>The device at {address} did not answer within {seconds:g} s.</translation>
    </message>
    <message>
        <source>The answer lists no media service.</source>
        <translation>The answer lists no media service.</translation>
    </message>
    <message>
        <source>The answer has no stream URI.</source>
        <translation>The answer has no stream URI.</translation>
    </message>
    <message>
        <source>Connecting to {address}…</source>
        <translation>Connecting to {address}…</translation>
    </message>
    <message>
        <source>No answer within {seconds:g} s.</source>
        <translation>No answer within {seconds:g} s.</translation>
    </message>
    <message>
        <source>The device answered with an error: {reason}</source>
        <translation>The device answered with an error: {reason}</translation>
    </message>
    <message>
        <source>The device answered HTTP {status}.</source>
        <translation>The device answered HTTP {status}.</translation>
    </message>
    <message>
        <source>Reading the stream address of {profile}…</source>
        <translation>Reading the stream address of {profile}…</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Mark the date as not set</source>
        <translation>Mark the date as not set</translation>
    </message>
</context>
<context>
    <name>PinResetDialog</name>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>New PIN for %1. Tell it to the officer in person; they can change it later.</source>
        <translation>New PIN for %1. Tell it to the officer in person; they can change it later.</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>New &amp;PIN:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;again:</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>{month} has no working days: nothing was planned.</source>
        <translation>{month} has no working days: nothing was planned.</translation>
    </message>
    <message>
        <source>{epe}: no officer is responsible for this EPE; its checks are planned without an officer.</source>
        <translation>{epe}: no officer is responsible for this EPE; its checks are planned without an officer.</translation>
    </message>
    <message>
        <source>{epe}: every responsible officer is away from {first} to {last}; a check is planned without an officer.</source>
        <translation>{epe}: every responsible officer is away from {first} to {last}; a check is planned without an officer.</translation>
    </message>
    <message>
        <source>A planned check can only move within its month.</source>
        <translation>A planned check can only move within its month.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Officer code</source>
        <translation>Officer code</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PlanCalendar</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Away: {codes}</source>
        <translation>Away: {codes}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{epe} ({tax_id}), risk {risk}
Officer: {officer}
Window: {first} – {last}
State: {state}</source>
        <translation>{epe} ({tax_id}), risk {risk}
Officer: {officer}
Window: {first} – {last}
State: {state}</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Plan generation cancelled; the saved plan is unchanged.</source>
        <translation>Plan generation cancelled; the saved plan is unchanged.</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>There is no plan for this month yet.</source>
        <translation>There is no plan for this month yet.</translation>
    </message>
    <message>
        <source>Use “Generate plan” to make one.</source>
        <translation>Use “Generate plan” to make one.</translation>
    </message>
    <message>
        <source>{count} planned checks: {done} done, {missed} missed, {due} due now, {upcoming} upcoming.</source>
        <translation>{count} planned checks: {done} done, {missed} missed, {due} due now, {upcoming} upcoming.</translation>
    </message>
    <message>
        <source>Per officer: {load}.</source>
        <translation>Per officer: {load}.</translation>
    </message>
    <message>
        <source>… and {count} more warnings.</source>
        <translation>… and {count} more warnings.</translation>
    </message>
    <message>
        <source>Replace the plan?</source>
        <translation>Replace the plan?</translation>
    </message>
    <message>
        <source>{month} already has a plan. Generate a new one and replace it, with the changes made to it?</source>
        <translation>{month} already has a plan. Generate a new one and replace it, with the changes made to it?</translation>
    </message>
    <message>
        <source>The check was not moved</source>
        <translation>The check was not moved</translation>
    </message>
    <message>
        <source>Moved to {day}.</source>
        <translation>Moved to {day}.</translation>
    </message>
    <message>
        <source>Moved to {day}, which is not a working day.</source>
        <translation>Moved to {day}, which is not a working day.</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Move to</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Save the plan as PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>The file was not saved</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <source>Monthly plan</source>
        <translation>Monthly plan</translation>
    </message>
    <message>
        <source>Plan for {month}</source>
        <translation>Plan for {month}</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Generate plan…</source>
        <translation>Generate plan…</translation>
    </message>
    <message>
        <source>Plan every EPE at least once, risk EPEs more often, spread over the working days and the responsible officers, around holidays and absences</source>
        <translation>Plan every EPE at least once, risk EPEs more often, spread over the working days and the responsible officers, around holidays and absences</translation>
    </message>
    <message>
        <source>Print (PDF)…</source>
        <translation>Print (PDF)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>▲ high risk. Drag a chip to another day to move the check (team leads).</source>
        <translation>▲ high risk. Drag a chip to another day to move the check (team leads).</translation>
    </message>
</context>
<context>
    <name>Playback</name>
    <message>
        <source>No recorded picture to save yet.</source>
        <translation>No recorded picture to save yet.</translation>
    </message>
    <message>
        <source>The recording could not be opened ({error}).</source>
        <translation>The recording could not be opened ({error}).</translation>
    </message>
    <message>
        <source>Camera {camera}: {reason}</source>
        <translation>Camera {camera}: {reason}</translation>
    </message>
</context>
<context>
    <name>PlaybackLauncher</name>
    <message>
        <source>&amp;Playback and export…</source>
        <translation>&amp;Playback and export…</translation>
    </message>
    <message>
        <source>Search an EPE's recorder and replay up to four cameras in step</source>
        <translation>Search an EPE's recorder and replay up to four cameras in step</translation>
    </message>
</context>
<context>
    <name>PlaybackTile</name>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Save this recorded picture, stamped with the recorded time</source>
        <translation>Save this recorded picture, stamped with the recorded time</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>No picture yet</translation>
    </message>
    <message>
        <source>Recorded {time} (Vietnam)</source>
        <translation>Recorded {time} (Vietnam)</translation>
    </message>
    <message>
        <source>Opening the recording…</source>
        <translation>Opening the recording…</translation>
    </message>
    <message>
        <source>Interrupted: {reason}</source>
        <translation>Interrupted: {reason}</translation>
    </message>
</context>
<context>
    <name>PlaybackView</name>
    <message>
        <source>Playback — epewall</source>
        <translation>Playback — epewall</translation>
    </message>
    <message>
        <source>EPE:</source>
        <translation>EPE:</translation>
    </message>
    <message>
        <source>Cameras (1 to 4):</source>
        <translation>Cameras (1 to 4):</translation>
    </message>
    <message>
        <source>From (Vietnam time):</source>
        <translation>From (Vietnam time):</translation>
    </message>
    <message>
        <source>To (Vietnam time):</source>
        <translation>To (Vietnam time):</translation>
    </message>
    <message>
        <source>&amp;Search recordings</source>
        <translation>&amp;Search recordings</translation>
    </message>
    <message>
        <source>Days with recordings (green); click a day to search it:</source>
        <translation>Days with recordings (green); click a day to search it:</translation>
    </message>
    <message>
        <source>Bookmarks:</source>
        <translation>Bookmarks:</translation>
    </message>
    <message>
        <source>◀ 1 s</source>
        <translation>◀ 1 s</translation>
    </message>
    <message>
        <source>One second back, paused (Left)</source>
        <translation>One second back, paused (Left)</translation>
    </message>
    <message>
        <source>1 s ▶</source>
        <translation>1 s ▶</translation>
    </message>
    <message>
        <source>One second on, paused (Right)</source>
        <translation>One second on, paused (Right)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Go to 13:05</source>
        <translation>Go to 13:05</translation>
    </message>
    <message>
        <source>Type a Vietnam time and press Enter: 13:05, 13:05:30, 1/12 13:05 or 01/12/2026 13:05</source>
        <translation>Type a Vietnam time and press Enter: 13:05, 13:05:30, 1/12 13:05 or 01/12/2026 13:05</translation>
    </message>
    <message>
        <source>“{text}” is not a time. Type a Vietnam time such as 13:05, 13:05:30, 1/12 13:05 or 01/12/2026 13:05.</source>
        <translation>“{text}” is not a time. Type a Vietnam time such as 13:05, 13:05:30, 1/12 13:05 or 01/12/2026 13:05.</translation>
    </message>
    <message>
        <source>{time} is outside the searched range ({start} to {end}). Search that day first.</source>
        <translation>{time} is outside the searched range ({start} to {end}). Search that day first.</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Bookmark…</source>
        <translation>Bookmark…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Your role does not allow playback. Ask a team lead.</source>
        <translation>Your role does not allow playback. Ask a team lead.</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>At most four cameras play together.</source>
        <translation>At most four cameras play together.</translation>
    </message>
    <message>
        <source>The days with recordings could not be read: {error}</source>
        <translation>The days with recordings could not be read: {error}</translation>
    </message>
    <message>
        <source>The recorder holds nothing on {day} for the ticked cameras.</source>
        <translation>The recorder holds nothing on {day} for the ticked cameras.</translation>
    </message>
    <message>
        <source>Choose an EPE first.</source>
        <translation>Choose an EPE first.</translation>
    </message>
    <message>
        <source>Choose one to four cameras.</source>
        <translation>Choose one to four cameras.</translation>
    </message>
    <message>
        <source>The end of the range must come after its start.</source>
        <translation>The end of the range must come after its start.</translation>
    </message>
    <message>
        <source>No recorder is set for {epe}. Set it in Sites &gt; Edit EPE… (Devices at the EPE), then test it with Sites &gt; Recorder….</source>
        <translation>No recorder is set for {epe}. Set it in Sites &gt; Edit EPE… (Devices at the EPE), then test it with Sites &gt; Recorder….</translation>
    </message>
    <message>
        <source>Searching the recorder…</source>
        <translation>Searching the recorder…</translation>
    </message>
    <message>
        <source>{segments} recorded spans, {gaps} gaps. Click the timeline to play.</source>
        <translation>{segments} recorded spans, {gaps} gaps. Click the timeline to play.</translation>
    </message>
    <message>
        <source>The search failed ({error}).</source>
        <translation>The search failed ({error}).</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Play or pause (Space)</translation>
    </message>
    <message>
        <source>{time} Vietnam time</source>
        <translation>{time} Vietnam time</translation>
    </message>
    <message>
        <source>Play a recording first, then bookmark the moment.</source>
        <translation>Play a recording first, then bookmark the moment.</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Bookmark</translation>
    </message>
    <message>
        <source>Note for {time} (e.g. a container number seen):</source>
        <translation>Note for {time} (e.g. a container number seen):</translation>
    </message>
    <message>
        <source>Bookmarked {time}.</source>
        <translation>Bookmarked {time}.</translation>
    </message>
    <message>
        <source>{time} · cam {camera} · {note}</source>
        <translation>{time} · cam {camera} · {note}</translation>
    </message>
    <message>
        <source>The bookmark is outside the searched range; search again.</source>
        <translation>The bookmark is outside the searched range; search again.</translation>
    </message>
    <message>
        <source>Snapshot saved: {file}</source>
        <translation>Snapshot saved: {file}</translation>
    </message>
    <message>
        <source>Your role does not allow exports. Ask a team lead.</source>
        <translation>Your role does not allow exports. Ask a team lead.</translation>
    </message>
    <message>
        <source>Search the recordings first.</source>
        <translation>Search the recordings first.</translation>
    </message>
</context>
<context>
    <name>PtzController</name>
    <message>
        <source>The camera did not accept the command ({0}).</source>
        <translation>The camera did not accept the command ({0}).</translation>
    </message>
</context>
<context>
    <name>PtzStrip</name>
    <message>
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <source>Name of the current view:</source>
        <translation>Name of the current view:</translation>
    </message>
    <message>
        <source>Presets…</source>
        <translation>Presets…</translation>
    </message>
    <message>
        <source>Pan left (hold; key ←)</source>
        <translation>Pan left (hold; key ←)</translation>
    </message>
    <message>
        <source>Pan right (hold; key →)</source>
        <translation>Pan right (hold; key →)</translation>
    </message>
    <message>
        <source>Tilt up (hold; key ↑)</source>
        <translation>Tilt up (hold; key ↑)</translation>
    </message>
    <message>
        <source>Tilt down (hold; key ↓)</source>
        <translation>Tilt down (hold; key ↓)</translation>
    </message>
    <message>
        <source>Zoom in (hold; key +)</source>
        <translation>Zoom in (hold; key +)</translation>
    </message>
    <message>
        <source>Zoom out (hold; key −)</source>
        <translation>Zoom out (hold; key −)</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Go to the home position (key Home)</source>
        <translation>Go to the home position (key Home)</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Save the current view as a preset</source>
        <translation>Save the current view as a preset</translation>
    </message>
    <message>
        <source>Go to a preset</source>
        <translation>Go to a preset</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>seen as declared</source>
        <translation>seen as declared</translation>
    </message>
    <message>
        <source>seen outside the window</source>
        <translation>seen outside the window</translation>
    </message>
    <message>
        <source>possible misread</source>
        <translation>possible misread</translation>
    </message>
    <message>
        <source>seen with a different code</source>
        <translation>seen with a different code</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>not seen</translation>
    </message>
    <message>
        <source>undeclared</source>
        <translation>undeclared</translation>
    </message>
    <message>
        <source>unreadable code</source>
        <translation>unreadable code</translation>
    </message>
    <message>
        <source>no read of this code, nor of one close to it</source>
        <translation>no read of this code, nor of one close to it</translation>
    </message>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
    <message>
        <source>read {late} after the window ended, first at {where}</source>
        <translation>read {late} after the window ended, first at {where}</translation>
    </message>
    <message>
        <source>read {early} before the window started, first at {where}</source>
        <translation>read {early} before the window started, first at {where}</translation>
    </message>
    <message>
        <source>{seen} read {count} time(s) from {where} is no valid code</source>
        <translation>{seen} read {count} time(s) from {where} is no valid code</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation>{m} min</translation>
    </message>
    <message>
        <source>{time} on camera {camera}</source>
        <translation>{time} on camera {camera}</translation>
    </message>
    <message>
        <source>read {count} time(s), first at {where}</source>
        <translation>read {count} time(s), first at {where}</translation>
    </message>
    <message>
        <source>never read exactly; {seen} (one character different) read at {where}: the officer decides whether it is a misread</source>
        <translation>never read exactly; {seen} (one character different) read at {where}: the officer decides whether it is a misread</translation>
    </message>
    <message>
        <source>the document's other code passed in the window with {seen}, which no document declares, at {where}</source>
        <translation>the document's other code passed in the window with {seen}, which no document declares, at {where}</translation>
    </message>
    <message>
        <source>{seen} read {count} time(s) from {where}; no document declares it</source>
        <translation>{seen} read {count} time(s) from {where}; no document declares it</translation>
    </message>
</context>
<context>
    <name>ReconciliationReview</name>
    <message>
        <source>Say why you override the status.</source>
        <translation>Say why you override the status.</translation>
    </message>
    <message>
        <source>Declarations of {day} against the gate: {rows} rows, {seen} seen as declared, {confirmed} confirmed, {overridden} overridden, {discrepancies} discrepancies.</source>
        <translation>Declarations of {day} against the gate: {rows} rows, {seen} seen as declared, {confirmed} confirmed, {overridden} overridden, {discrepancies} discrepancies.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {n} characters).</source>
        <translation>The reason is too long (at most {n} characters).</translation>
    </message>
    <message>
        <source>{n} row(s) still need a decision before the review can end.</source>
        <translation>{n} row(s) still need a decision before the review can end.</translation>
    </message>
    <message>
        <source>Declarations of {day} against the gate cameras</source>
        <translation>Declarations of {day} against the gate cameras</translation>
    </message>
</context>
<context>
    <name>Recorder</name>
    <message>
        <source>The recorder did not accept the EPE's account. Check the user name and password stored for this EPE.</source>
        <translation>The recorder did not accept the EPE's account. Check the user name and password stored for this EPE.</translation>
    </message>
    <message>
        <source>The recorder cannot be reached. Check its address and the connection to the EPE.</source>
        <translation>The recorder cannot be reached. Check its address and the connection to the EPE.</translation>
    </message>
    <message>
        <source>The recorder did not answer in time.</source>
        <translation>The recorder did not answer in time.</translation>
    </message>
    <message>
        <source>The recorder's answer could not be understood. Check that the recorder kind set for this EPE is right.</source>
        <translation>The recorder's answer could not be understood. Check that the recorder kind set for this EPE is right.</translation>
    </message>
    <message>
        <source>The recorder refused the request.</source>
        <translation>The recorder refused the request.</translation>
    </message>
    <message>
        <source>The recorder does not offer this camera or service.</source>
        <translation>The recorder does not offer this camera or service.</translation>
    </message>
    <message>
        <source>The recorder does not support this operation.</source>
        <translation>The recorder does not support this operation.</translation>
    </message>
    <message>
        <source>The recorder has nothing recorded at that time.</source>
        <translation>The recorder has nothing recorded at that time.</translation>
    </message>
    <message>
        <source>The recorder asks for the password in clear text (Basic); epewall does not send it. Ask the EPE to turn on digest login, or mark the EPE as needing Basic.</source>
        <translation>The recorder asks for the password in clear text (Basic); epewall does not send it. Ask the EPE to turn on digest login, or mark the EPE as needing Basic.</translation>
    </message>
    <message>
        <source>The recorder gave a time that cannot be right. Check the recorder's clock and its time zone.</source>
        <translation>The recorder gave a time that cannot be right. Check the recorder's clock and its time zone.</translation>
    </message>
</context>
<context>
    <name>RecorderDialog</name>
    <message>
        <source>No account is stored for this EPE. Set it with Sites &gt; Set account… first.</source>
        <translation>No account is stored for this EPE. Set it with Sites &gt; Set account… first.</translation>
    </message>
    <message>
        <source>Clock correction: none</source>
        <translation>Clock correction: none</translation>
    </message>
    <message>
        <source>Clock correction: %1 s</source>
        <translation>Clock correction: %1 s</translation>
    </message>
    <message>
        <source>Enter the recorder's address.</source>
        <translation>Enter the recorder's address.</translation>
    </message>
    <message>
        <source>Recorder settings saved.</source>
        <translation>Recorder settings saved.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Asking the recorder what it holds…</source>
        <translation>Asking the recorder what it holds…</translation>
    </message>
    <message>
        <source>The recorder answered.</source>
        <translation>The recorder answered.</translation>
    </message>
    <message>
        <source>Recordings from %1 to %2 (Vietnam time).</source>
        <translation>Recordings from %1 to %2 (Vietnam time).</translation>
    </message>
    <message>
        <source>Compliant: recordings are kept %1 days (at least 12 months).</source>
        <translation>Compliant: recordings are kept %1 days (at least 12 months).</translation>
    </message>
    <message>
        <source>Not compliant: kept %1 days — Decision 247 asks 12 months.</source>
        <translation>Not compliant: kept %1 days — Decision 247 asks 12 months.</translation>
    </message>
    <message>
        <source>Replaying camera 1 at %1 (Vietnam time)…</source>
        <translation>Replaying camera 1 at %1 (Vietnam time)…</translation>
    </message>
    <message>
        <source>The recorder was asked for %1 (Vietnam time). Type the clock you see in the picture (HH:MM:SS, Vietnam time):</source>
        <translation>The recorder was asked for %1 (Vietnam time). Type the clock you see in the picture (HH:MM:SS, Vietnam time):</translation>
    </message>
    <message>
        <source>Read the clock in the picture.</source>
        <translation>Read the clock in the picture.</translation>
    </message>
    <message>
        <source>Type the time as HH:MM:SS, for example 13:00:05.</source>
        <translation>Type the time as HH:MM:SS, for example 13:00:05.</translation>
    </message>
    <message>
        <source>Switch to local time and save</source>
        <translation>Switch to local time and save</translation>
    </message>
    <message>
        <source>Switch to UTC and save</source>
        <translation>Switch to UTC and save</translation>
    </message>
    <message>
        <source>Store this correction</source>
        <translation>Store this correction</translation>
    </message>
    <message>
        <source>its times are local, not UTC</source>
        <translation>its times are local, not UTC</translation>
    </message>
    <message>
        <source>its times are UTC, not local</source>
        <translation>its times are UTC, not local</translation>
    </message>
    <message>
        <source>its time zone or offset is set wrong</source>
        <translation>its time zone or offset is set wrong</translation>
    </message>
    <message>
        <source>The recorder is %1 h behind: %2.</source>
        <translation>The recorder is %1 h behind: %2.</translation>
    </message>
    <message>
        <source>The recorder is %1 h ahead: %2.</source>
        <translation>The recorder is %1 h ahead: %2.</translation>
    </message>
    <message>
        <source>The recorder's clock is right.</source>
        <translation>The recorder's clock is right.</translation>
    </message>
    <message>
        <source>The recorder's clock is %1 s behind.</source>
        <translation>The recorder's clock is %1 s behind.</translation>
    </message>
    <message>
        <source>The recorder's clock is %1 s ahead.</source>
        <translation>The recorder's clock is %1 s ahead.</translation>
    </message>
    <message>
        <source>Calibration saved: %1.</source>
        <translation>Calibration saved: %1.</translation>
    </message>
    <message>
        <source>times are UTC</source>
        <translation>times are UTC</translation>
    </message>
    <message>
        <source>times are local (UTC%1)</source>
        <translation>times are local (UTC%1)</translation>
    </message>
    <message>
        <source>Recorder of %1</source>
        <translation>Recorder of %1</translation>
    </message>
    <message>
        <source>ONVIF Profile G</source>
        <translation>ONVIF Profile G</translation>
    </message>
    <message>
        <source>Hikvision</source>
        <translation>Hikvision</translation>
    </message>
    <message>
        <source>Dahua / KBVision</source>
        <translation>Dahua / KBVision</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time with offset</source>
        <translation>Local time with offset</translation>
    </message>
    <message>
        <source>UTC+</source>
        <translation>UTC+</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>HTTP port:</source>
        <translation>HTTP port:</translation>
    </message>
    <message>
        <source>RTSP port:</source>
        <translation>RTSP port:</translation>
    </message>
    <message>
        <source>Times are:</source>
        <translation>Times are:</translation>
    </message>
    <message>
        <source>Local offset:</source>
        <translation>Local offset:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>&amp;Calibrate…</source>
        <translation>&amp;Calibrate…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Clock calibration</source>
        <translation>Clock calibration</translation>
    </message>
    <message>
        <source>HH:MM:SS</source>
        <translation>HH:MM:SS</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>e.g. 10.0.0.20 or nvr.example.vn</source>
        <translation>e.g. 10.0.0.20 or nvr.example.vn</translation>
    </message>
</context>
<context>
    <name>RecorderLauncher</name>
    <message>
        <source>&amp;Recorder…</source>
        <translation>&amp;Recorder…</translation>
    </message>
    <message>
        <source>Set, test and calibrate the selected EPE's recorder</source>
        <translation>Set, test and calibrate the selected EPE's recorder</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>{count} records, {open} open</source>
        <translation>{count} records, {open} open</translation>
    </message>
    <message>
        <source>{date} (not followed up today)</source>
        <translation>{date} (not followed up today)</translation>
    </message>
    <message>
        <source>Choose a record to see its details.</source>
        <translation>Choose a record to see its details.</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Effect on supervision</source>
        <translation>Effect on supervision</translation>
    </message>
    <message>
        <source>Estimated restoration</source>
        <translation>Estimated restoration</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Notified</translation>
    </message>
    <message>
        <source>Opened by</source>
        <translation>Opened by</translation>
    </message>
    <message>
        <source>the health monitor</source>
        <translation>the health monitor</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>No follow-up yet.</translation>
    </message>
    <message>
        <source>Interruption register</source>
        <translation>Interruption register</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not followed up today</source>
        <translation>Not followed up today</translation>
    </message>
    <message>
        <source>Any month</source>
        <translation>Any month</translation>
    </message>
    <message>
        <source>Open from notification…</source>
        <translation>Open from notification…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <source>Extension…</source>
        <translation>Extension…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Attach manual log…</source>
        <translation>Attach manual log…</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Last follow-up</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The disk is full, so the registry could not be saved; nothing was changed. Free some space and try again. (Registry file: {path})</source>
        <translation>The disk is full, so the registry could not be saved; nothing was changed. Free some space and try again. (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry file cannot be written: it is read-only, or it was moved or deleted while epewall was running. Nothing was changed. Check the file and its folder, then restart epewall. (Registry file: {path})</source>
        <translation>The registry file cannot be written: it is read-only, or it was moved or deleted while epewall was running. Nothing was changed. Check the file and its folder, then restart epewall. (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry is busy: another epewall window or program is writing to it. Nothing was changed. Wait a moment and try again. (Registry file: {path})</source>
        <translation>The registry is busy: another epewall window or program is writing to it. Nothing was changed. Wait a moment and try again. (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry file is damaged or is not an epewall registry. Restore it from a backup, or move it away so epewall starts a new one. (Registry file: {path})</source>
        <translation>The registry file is damaged or is not an epewall registry. Restore it from a backup, or move it away so epewall starts a new one. (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry file cannot be opened. Check that its folder exists and that you may write to it. (Registry file: {path})</source>
        <translation>The registry file cannot be opened. Check that its folder exists and that you may write to it. (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry file could not be read or written (a disk or network drive error). Nothing was changed. (Registry file: {path})</source>
        <translation>The registry file could not be read or written (a disk or network drive error). Nothing was changed. (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry could not be used ({detail}). (Registry file: {path})</source>
        <translation>The registry could not be used ({detail}). (Registry file: {path})</translation>
    </message>
    <message>
        <source>The registry is closed.</source>
        <translation>The registry is closed.</translation>
    </message>
    <message>
        <source>This file is an SQLite database but not an epewall registry; epewall will not change it. (File: {path})</source>
        <translation>This file is an SQLite database but not an epewall registry; epewall will not change it. (File: {path})</translation>
    </message>
    <message>
        <source>The registry was written by a newer epewall (schema {found}; this version knows up to {known}). Update epewall to open it. (Registry file: {path})</source>
        <translation>The registry was written by a newer epewall (schema {found}; this version knows up to {known}). Update epewall to open it. (Registry file: {path})</translation>
    </message>
    <message>
        <source>Updating the registry to this version of epewall failed; the file was left as it was. Keep the file and report the problem. (Registry file: {path})</source>
        <translation>Updating the registry to this version of epewall failed; the file was left as it was. Keep the file and report the problem. (Registry file: {path})</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Monthly register (&amp;PDF)…</source>
        <translation>Monthly register (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Monthly register (&amp;CSV)…</source>
        <translation>Monthly register (&amp;CSV)…</translation>
    </message>
    <message>
        <source>&amp;Appendix II notification…</source>
        <translation>&amp;Appendix II notification…</translation>
    </message>
    <message>
        <source>The selected record as the filled Appendix II form (PDF)</source>
        <translation>The selected record as the filled Appendix II form (PDF)</translation>
    </message>
    <message>
        <source>Save the register of interruptions as PDF</source>
        <translation>Save the register of interruptions as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Save the register of interruptions as CSV</source>
        <translation>Save the register of interruptions as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save the Appendix II notification as PDF</source>
        <translation>Save the Appendix II notification as PDF</translation>
    </message>
    <message>
        <source>The file could not be written ({error}).</source>
        <translation>The file could not be written ({error}).</translation>
    </message>
    <message>
        <source>The file was not saved</source>
        <translation>The file was not saved</translation>
    </message>
</context>
<context>
    <name>ReviewViews</name>
    <message>
        <source>&amp;Declarations against the gate…</source>
        <translation>&amp;Declarations against the gate…</translation>
    </message>
    <message>
        <source>Compare the customs documents of an EPE-day with the container numbers and plates read at its gate</source>
        <translation>Compare the customs documents of an EPE-day with the container numbers and plates read at its gate</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Search cancelled: the list is not complete.</source>
        <translation>Search cancelled: the list is not complete.</translation>
    </message>
    <message>
        <source>The review could not be gathered: {why}</source>
        <translation>The review could not be gathered: {why}</translation>
    </message>
    <message>
        <source>Since the last shift ended: {since} to {until}</source>
        <translation>Since the last shift ended: {since} to {until}</translation>
    </message>
    <message>
        <source>Recorder event</source>
        <translation>Recorder event</translation>
    </message>
    <message>
        <source>Camera outage</source>
        <translation>Camera outage</translation>
    </message>
    <message>
        <source>Camera back</source>
        <translation>Camera back</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>Not searched</source>
        <translation>Not searched</translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <source>Finding: {text}</source>
        <translation>Finding: {text}</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>{count} items, {left} not reviewed</source>
        <translation>{count} items, {left} not reviewed</translation>
    </message>
    <message>
        <source>Nothing happened since the last shift ended.</source>
        <translation>Nothing happened since the last shift ended.</translation>
    </message>
    <message>
        <source>The mark could not be recorded: {why}</source>
        <translation>The mark could not be recorded: {why}</translation>
    </message>
    <message>
        <source>Start-of-shift review</source>
        <translation>Start-of-shift review</translation>
    </message>
    <message>
        <source>Only what is not reviewed</source>
        <translation>Only what is not reviewed</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Search again</translation>
    </message>
    <message>
        <source>No EPE in the registry yet.</source>
        <translation>No EPE in the registry yet.</translation>
    </message>
    <message>
        <source>The day could not be reconciled: {why}</source>
        <translation>The day could not be reconciled: {why}</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>Status changed since the decision: decide again</source>
        <translation>Status changed since the decision: decide again</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>Overridden by {who}, {when}: {reason}</source>
        <translation>Overridden by {who}, {when}: {reason}</translation>
    </message>
    <message>
        <source>Confirmed by {who}, {when}: {reason}</source>
        <translation>Confirmed by {who}, {when}: {reason}</translation>
    </message>
    <message>
        <source>Confirmed by {who}, {when}</source>
        <translation>Confirmed by {who}, {when}</translation>
    </message>
    <message>
        <source>{amount} early</source>
        <translation>{amount} early</translation>
    </message>
    <message>
        <source>{amount} late</source>
        <translation>{amount} late</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>no picture</translation>
    </message>
    <message>
        <source>{documents} documents, {reads} gate reads: {rows} rows, {open} to decide</source>
        <translation>{documents} documents, {reads} gate reads: {rows} rows, {open} to decide</translation>
    </message>
    <message>
        <source>review ended by {who}, {when}</source>
        <translation>review ended by {who}, {when}</translation>
    </message>
    <message>
        <source>No declaration and no gate read for this day: import the customs file, then scan the gate.</source>
        <translation>No declaration and no gate read for this day: import the customs file, then scan the gate.</translation>
    </message>
    <message>
        <source>Select a row to see its picture.</source>
        <translation>Select a row to see its picture.</translation>
    </message>
    <message>
        <source>No picture for this row.</source>
        <translation>No picture for this row.</translation>
    </message>
    <message>
        <source>Expected at the gate: {start} to {end}</source>
        <translation>Expected at the gate: {start} to {end}</translation>
    </message>
    <message>
        <source>Frame SHA-256: {sha}</source>
        <translation>Frame SHA-256: {sha}</translation>
    </message>
    <message>
        <source>The decision could not be recorded: {why}</source>
        <translation>The decision could not be recorded: {why}</translation>
    </message>
    <message>
        <source>The review is in the check log as a check of {epe}: {result}.</source>
        <translation>The review is in the check log as a check of {epe}: {result}.</translation>
    </message>
    <message>
        <source>Declarations against the gate</source>
        <translation>Declarations against the gate</translation>
    </message>
    <message>
        <source>&amp;EPE:</source>
        <translation>&amp;EPE:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Import customs file…</source>
        <translation>Import customs file…</translation>
    </message>
    <message>
        <source>Read the gate recordings…</source>
        <translation>Read the gate recordings…</translation>
    </message>
    <message>
        <source>Play back at that moment</source>
        <translation>Play back at that moment</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>Confirm…</translation>
    </message>
    <message>
        <source>The status is right, as the picture shows</source>
        <translation>The status is right, as the picture shows</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Override…</translation>
    </message>
    <message>
        <source>The status is wrong: say why</source>
        <translation>The status is wrong: say why</translation>
    </message>
    <message>
        <source>Only what needs a decision</source>
        <translation>Only what needs a decision</translation>
    </message>
    <message>
        <source>End the review</source>
        <translation>End the review</translation>
    </message>
    <message>
        <source>Open a case…</source>
        <translation>Open a case…</translation>
    </message>
    <message>
        <source>Send the selected discrepancies to the head of unit, with their pictures</source>
        <translation>Send the selected discrepancies to the head of unit, with their pictures</translation>
    </message>
    <message>
        <source>Every row decided: the review goes to the check log as a check of the EPE</source>
        <translation>Every row decided: the review goes to the check log as a check of the EPE</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Open the camera's recording a few seconds before, at 4x speed</source>
        <translation>Open the camera's recording a few seconds before, at 4x speed</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Raise a finding…</source>
        <translation>Raise a finding…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>RiskLevel</name>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>View only</source>
        <translation>View only</translation>
    </message>
</context>
<context>
    <name>RotationReports</name>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>by {name} ({code})</source>
        <translation>by {name} ({code})</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(signature and full name)</translation>
    </message>
    <message>
        <source>Camera supervision coverage report, month {month}</source>
        <translation>Camera supervision coverage report, month {month}</translation>
    </message>
    <message>
        <source>Decision 247/QĐ-TCHQ, part II.1: every EPE is inspected in turn each month.</source>
        <translation>Decision 247/QĐ-TCHQ, part II.1: every EPE is inspected in turn each month.</translation>
    </message>
    <message>
        <source>{checked} of {total} EPEs were checked at least once ({percent:.0f} %).</source>
        <translation>{checked} of {total} EPEs were checked at least once ({percent:.0f} %).</translation>
    </message>
    <message>
        <source>EPEs of risk level: {risk}.</source>
        <translation>EPEs of risk level: {risk}.</translation>
    </message>
    <message>
        <source>All EPEs.</source>
        <translation>All EPEs.</translation>
    </message>
    <message>
        <source>EPEs not checked this month</source>
        <translation>EPEs not checked this month</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Responsible officers</source>
        <translation>Responsible officers</translation>
    </message>
    <message>
        <source>None: every EPE was checked.</source>
        <translation>None: every EPE was checked.</translation>
    </message>
    <message>
        <source>All EPEs</source>
        <translation>All EPEs</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Planned done</source>
        <translation>Planned done</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Made on {date} at {time} (Vietnam time)</source>
        <translation>Made on {date} at {time} (Vietnam time)</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>Per officer</source>
        <translation>Per officer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Unscheduled</translation>
    </message>
    <message>
        <source>EPEs checked</source>
        <translation>EPEs checked</translation>
    </message>
    <message>
        <source>Outside working time</source>
        <translation>Outside working time</translation>
    </message>
    <message>
        <source>Prepared by (officer)</source>
        <translation>Prepared by (officer)</translation>
    </message>
    <message>
        <source>Approved by (team lead)</source>
        <translation>Approved by (team lead)</translation>
    </message>
    <message>
        <source>Camera monitoring plan, month {month}</source>
        <translation>Camera monitoring plan, month {month}</translation>
    </message>
    <message>
        <source>Decision 247/QĐ-TCHQ, part II.1: monthly monitoring plan; every EPE is inspected in turn, risk EPEs more often.</source>
        <translation>Decision 247/QĐ-TCHQ, part II.1: monthly monitoring plan; every EPE is inspected in turn, risk EPEs more often.</translation>
    </message>
    <message>
        <source>{checks} planned checks of {epes} EPEs on {days} working days.</source>
        <translation>{checks} planned checks of {epes} EPEs on {days} working days.</translation>
    </message>
    <message>
        <source>Holidays and absences</source>
        <translation>Holidays and absences</translation>
    </message>
    <message>
        <source>{officer} away from {first} to {last}</source>
        <translation>{officer} away from {first} to {last}</translation>
    </message>
    <message>
        <source>Planned checks</source>
        <translation>Planned checks</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>(no officer)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Prepared by (team lead)</source>
        <translation>Prepared by (team lead)</translation>
    </message>
    <message>
        <source>Approved by (head of unit)</source>
        <translation>Approved by (head of unit)</translation>
    </message>
</context>
<context>
    <name>RotationViews</name>
    <message>
        <source>&amp;Rotation</source>
        <translation>&amp;Rotation</translation>
    </message>
    <message>
        <source>&amp;Coverage…</source>
        <translation>&amp;Coverage…</translation>
    </message>
    <message>
        <source>Which EPEs were checked this month, by whom, and which are still missing</source>
        <translation>Which EPEs were checked this month, by whom, and which are still missing</translation>
    </message>
    <message>
        <source>Monthly &amp;plan…</source>
        <translation>Monthly &amp;plan…</translation>
    </message>
    <message>
        <source>The monitoring plan on a calendar; team leads generate and edit it</source>
        <translation>The monitoring plan on a calendar; team leads generate and edit it</translation>
    </message>
    <message>
        <source>&amp;Letterhead of printed documents…</source>
        <translation>&amp;Letterhead of printed documents…</translation>
    </message>
    <message>
        <source>The superior agency, unit and place printed at the top of the plan and the reports a chief signs</source>
        <translation>The superior agency, unit and place printed at the top of the plan and the reports a chief signs</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <source>Read the container numbers and plates in the gate recording of {name} on {day}, where the recorder saw motion. The codes read are stored for the reconciliation.</source>
        <translation>Read the container numbers and plates in the gate recording of {name} on {day}, where the recorder saw motion. The codes read are stored for the reconciliation.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Scan the gate recording</source>
        <translation>Scan the gate recording</translation>
    </message>
    <message>
        <source>This day has not begun: nothing is recorded yet.</source>
        <translation>This day has not begun: nothing is recorded yet.</translation>
    </message>
    <message>
        <source>Searching the recorder…</source>
        <translation>Searching the recorder…</translation>
    </message>
    <message>
        <source>Cancelling… the codes read so far are kept.</source>
        <translation>Cancelling… the codes read so far are kept.</translation>
    </message>
    <message>
        <source>Scan cancelled after {moments} moments.</source>
        <translation>Scan cancelled after {moments} moments.</translation>
    </message>
    <message>
        <source>Scan finished: {moments} moments of the gate recording read.</source>
        <translation>Scan finished: {moments} moments of the gate recording read.</translation>
    </message>
    <message>
        <source>{reads} codes stored ({valid} valid), {frames} frames read in {seconds:.0f} s.</source>
        <translation>{reads} codes stored ({valid} valid), {frames} frames read in {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>{count} moments had no recording.</source>
        <translation>{count} moments had no recording.</translation>
    </message>
    <message>
        <source>The recorder reported no motion on the gate cameras: the declared windows were read.</source>
        <translation>The recorder reported no motion on the gate cameras: the declared windows were read.</translation>
    </message>
    <message>
        <source>Scan cancelled; the codes read so far are kept.</source>
        <translation>Scan cancelled; the codes read so far are kept.</translation>
    </message>
    <message>
        <source>The scan stopped: {error} The codes read before it are kept.</source>
        <translation>The scan stopped: {error} The codes read before it are kept.</translation>
    </message>
</context>
<context>
    <name>ScreenWalls</name>
    <message>
        <source>There is no saved wall named “%1”.</source>
        <translation>There is no saved wall named “%1”.</translation>
    </message>
    <message>
        <source>Screen %1: %2, %3×%4</source>
        <translation>Screen %1: %2, %3×%4</translation>
    </message>
    <message>
        <source>(this window)</source>
        <translation>(this window)</translation>
    </message>
    <message>
        <source>wall “%1”</source>
        <translation>wall “%1”</translation>
    </message>
    <message>
        <source>(no saved walls)</source>
        <translation>(no saved walls)</translation>
    </message>
    <message>
        <source>Close the wall on this screen</source>
        <translation>Close the wall on this screen</translation>
    </message>
</context>
<context>
    <name>ScreenWallsMenu</name>
    <message>
        <source>Open wall on &amp;screen</source>
        <translation>Open wall on &amp;screen</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>The system keyring has no default keyring. Open Passwords and Keys (Seahorse) or KWallet, create a keyring and make it the default, then retry. epewall never stores passwords in files.</source>
        <translation>The system keyring has no default keyring. Open Passwords and Keys (Seahorse) or KWallet, create a keyring and make it the default, then retry. epewall never stores passwords in files.</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>No system keyring is available, so EPE passwords can be neither stored nor read. On Linux, install and start GNOME Keyring (gnome-keyring) or KWallet in your desktop session, then retry. epewall never stores passwords in files.</source>
        <translation>No system keyring is available, so EPE passwords can be neither stored nor read. On Linux, install and start GNOME Keyring (gnome-keyring) or KWallet in your desktop session, then retry. epewall never stores passwords in files.</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows Credential Manager</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS Keychain</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keyring.</source>
        <translation>The password could not be saved in the system keyring.</translation>
    </message>
    <message>
        <source>The password could not be read from the system keyring.</source>
        <translation>The password could not be read from the system keyring.</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keyring.</source>
        <translation>The password could not be deleted from the system keyring.</translation>
    </message>
    <message>
        <source>The team key could not be saved in the system keyring.</source>
        <translation>The team key could not be saved in the system keyring.</translation>
    </message>
    <message>
        <source>The team key could not be read from the system keyring.</source>
        <translation>The team key could not be read from the system keyring.</translation>
    </message>
    <message>
        <source>The evidence signing key could not be saved in the system keyring, so evidence cannot be exported (it is never exported unsigned).</source>
        <translation>The evidence signing key could not be saved in the system keyring, so evidence cannot be exported (it is never exported unsigned).</translation>
    </message>
    <message>
        <source>The evidence signing key could not be read from the system keyring, so evidence cannot be exported (it is never exported unsigned).</source>
        <translation>The evidence signing key could not be read from the system keyring, so evidence cannot be exported (it is never exported unsigned).</translation>
    </message>
    <message>
        <source>The check log's checkpoint could not be saved in the system keyring.</source>
        <translation>The check log's checkpoint could not be saved in the system keyring.</translation>
    </message>
    <message>
        <source>The check log's checkpoint could not be read from the system keyring.</source>
        <translation>The check log's checkpoint could not be read from the system keyring.</translation>
    </message>
    <message>
        <source>Secret Service ({provider})</source>
        <translation>Secret Service ({provider})</translation>
    </message>
    <message>
        <source>The system keyring, {backend}, is locked. Unlock it - log out and in again, or open Passwords and Keys and unlock the "Login" keyring - then retry.</source>
        <translation>The system keyring, {backend}, is locked. Unlock it - log out and in again, or open Passwords and Keys and unlock the "Login" keyring - then retry.</translation>
    </message>
    <message>
        <source>Access to the system keyring, {backend}, was refused, or the unlock prompt was dismissed. Unlock the keyring and allow epewall to use it, then retry.</source>
        <translation>Access to the system keyring, {backend}, was refused, or the unlock prompt was dismissed. Unlock the keyring and allow epewall to use it, then retry.</translation>
    </message>
    <message>
        <source>The system keyring, {backend}, reported an error. Retry; if it keeps failing, log out and in again or restart the keyring service. Details are in the log.</source>
        <translation>The system keyring, {backend}, reported an error. Retry; if it keeps failing, log out and in again or restart the keyring service. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Snapshot folder</source>
        <translation>Snapshot folder</translation>
    </message>
    <message>
        <source>New data folder</source>
        <translation>New data folder</translation>
    </message>
    <message>
        <source>This folder cannot be checked.</source>
        <translation>This folder cannot be checked.</translation>
    </message>
    <message>
        <source>The EPEWALL_HOME environment variable sets the folders of this workstation: the IT unit changes it there.</source>
        <translation>The EPEWALL_HOME environment variable sets the folders of this workstation: the IT unit changes it there.</translation>
    </message>
    <message>
        <source>An empty folder: your data can be moved there.</source>
        <translation>An empty folder: your data can be moved there.</translation>
    </message>
    <message>
        <source>This folder already holds epewall data: epewall can use it as it is (your data in the current folder stays there, unused).</source>
        <translation>This folder already holds epewall data: epewall can use it as it is (your data in the current folder stays there, unused).</translation>
    </message>
    <message>
        <source>The move was cancelled; epewall keeps using the current folder.</source>
        <translation>The move was cancelled; epewall keeps using the current folder.</translation>
    </message>
    <message>
        <source>The data could not be moved; epewall keeps using the current folder.</source>
        <translation>The data could not be moved; epewall keeps using the current folder.</translation>
    </message>
    <message>
        <source>From the next start epewall keeps its data in %1. Close epewall and start it again now: what is recorded before then stays in the current folder. Keep the current folder: snapshots and attachments recorded before the move are still found there.</source>
        <translation>From the next start epewall keeps its data in %1. Close epewall and start it again now: what is recorded before then stays in the current folder. Keep the current folder: snapshots and attachments recorded before the move are still found there.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Live streams</source>
        <translation>Live streams</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Folders</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Camera health monitor</source>
        <translation>Camera health monitor</translation>
    </message>
    <message>
        <source>Seconds between two sweeps:</source>
        <translation>Seconds between two sweeps:</translation>
    </message>
    <message>
        <source>Seconds between two frame samples of a camera (0: none):</source>
        <translation>Seconds between two frame samples of a camera (0: none):</translation>
    </message>
    <message>
        <source>EPEs checked at the same time:</source>
        <translation>EPEs checked at the same time:</translation>
    </message>
    <message>
        <source>Minutes down before an interruption opens by itself:</source>
        <translation>Minutes down before an interruption opens by itself:</translation>
    </message>
    <message>
        <source>Minutes healthy before closing an interruption is proposed:</source>
        <translation>Minutes healthy before closing an interruption is proposed:</translation>
    </message>
    <message>
        <source>Seconds a camera has to start its stream:</source>
        <translation>Seconds a camera has to start its stream:</translation>
    </message>
    <message>
        <source>Seconds without data before a stream counts as stalled:</source>
        <translation>Seconds without data before a stream counts as stalled:</translation>
    </message>
    <message>
        <source>Longest wait between two reconnection attempts (seconds):</source>
        <translation>Longest wait between two reconnection attempts (seconds):</translation>
    </message>
    <message>
        <source>The monitor's settings take effect the next time epewall starts.</source>
        <translation>The monitor's settings take effect the next time epewall starts.</translation>
    </message>
    <message>
        <source>These apply to the tiles opened after you save; a tile already on the wall keeps its figures until it is opened again. A password refused by the camera is retried more slowly, whatever the figures here.</source>
        <translation>These apply to the tiles opened after you save; a tile already on the wall keeps its figures until it is opened again. A password refused by the camera is retried more slowly, whatever the figures here.</translation>
    </message>
    <message>
        <source>&amp;Beep when a new device warning arrives</source>
        <translation>&amp;Beep when a new device warning arrives</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Where snapshots of tiles and of playback are saved, from the next snapshot on. Empty: the folder shown in grey.</source>
        <translation>Where snapshots of tiles and of playback are saved, from the next snapshot on. Empty: the folder shown in grey.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Data folder in use: %1
Log folder: %2</source>
        <translation>Data folder in use: %1
Log folder: %2</translation>
    </message>
    <message>
        <source>&amp;New data folder:</source>
        <translation>&amp;New data folder:</translation>
    </message>
    <message>
        <source>&amp;Move my data there</source>
        <translation>&amp;Move my data there</translation>
    </message>
    <message>
        <source>&amp;Use it as it is</source>
        <translation>&amp;Use it as it is</translation>
    </message>
    <message>
        <source>Cancel the move</source>
        <translation>Cancel the move</translation>
    </message>
</context>
<context>
    <name>ShiftReview</name>
    <message>
        <source>the device</source>
        <translation>the device</translation>
    </message>
    <message>
        <source>Handover from %1: %2</source>
        <translation>Handover from %1: %2</translation>
    </message>
    <message>
        <source>Reading the camera health and the warnings…</source>
        <translation>Reading the camera health and the warnings…</translation>
    </message>
    <message>
        <source>Searching the recorders…</source>
        <translation>Searching the recorders…</translation>
    </message>
    <message>
        <source>The finding is too long.</source>
        <translation>The finding is too long.</translation>
    </message>
    <message>
        <source>Reviewed at the start of the shift.</source>
        <translation>Reviewed at the start of the shift.</translation>
    </message>
    <message>
        <source>The recorder could not be searched: %1</source>
        <translation>The recorder could not be searched: %1</translation>
    </message>
    <message>
        <source>(%1 times)</source>
        <translation>(%1 times)</translation>
    </message>
    <message>
        <source>No account of the EPE is stored.</source>
        <translation>No account of the EPE is stored.</translation>
    </message>
    <message>
        <source>camera %1 %2</source>
        <translation>camera %1 %2</translation>
    </message>
    <message>
        <source>%1 down: %2</source>
        <translation>%1 down: %2</translation>
    </message>
    <message>
        <source>Motion recorded outside office hours on %1</source>
        <translation>Motion recorded outside office hours on %1</translation>
    </message>
    <message>
        <source>%1 back after: %2</source>
        <translation>%1 back after: %2</translation>
    </message>
    <message>
        <source>The recorder's answer was unusable.</source>
        <translation>The recorder's answer was unusable.</translation>
    </message>
    <message>
        <source>Searched %1</source>
        <translation>Searched %1</translation>
    </message>
</context>
<context>
    <name>ShiftReviewViews</name>
    <message>
        <source>Start-of-shift &amp;review…</source>
        <translation>Start-of-shift &amp;review…</translation>
    </message>
    <message>
        <source>What happened since the last shift ended: recorder events, outages, warnings</source>
        <translation>What happened since the last shift ended: recorder events, outages, warnings</translation>
    </message>
</context>
<context>
    <name>SimSite</name>
    <message>
        <source>The simulated site {path} has no outage control channel.</source>
        <translation>The simulated site {path} has no outage control channel.</translation>
    </message>
    <message>
        <source>Cannot read the simulated site's description {path}: {error}</source>
        <translation>Cannot read the simulated site's description {path}: {error}</translation>
    </message>
    <message>
        <source>The simulated site's description {path} is not valid ({error}).</source>
        <translation>The simulated site's description {path} is not valid ({error}).</translation>
    </message>
    <message>
        <source>The simulated site has not been started.</source>
        <translation>The simulated site has not been started.</translation>
    </message>
    <message>
        <source>The simulated site is already running.</source>
        <translation>The simulated site is already running.</translation>
    </message>
    <message>
        <source>Cannot run {python} for the simulated site ({error}). It needs Debian's Python with GStreamer (python3-gi); set EPEWALL_SIM_PYTHON to use another interpreter.</source>
        <translation>Cannot run {python} for the simulated site ({error}). It needs Debian's Python with GStreamer (python3-gi); set EPEWALL_SIM_PYTHON to use another interpreter.</translation>
    </message>
    <message>
        <source>The simulated site cannot start: GStreamer elements its cameras need are missing (installer/setup-debian.sh installs them):
{log}</source>
        <translation>The simulated site cannot start: GStreamer elements its cameras need are missing (installer/setup-debian.sh installs them):
{log}</translation>
    </message>
    <message>
        <source>The simulated site stopped while starting (exit code {code}):
{log}</source>
        <translation>The simulated site stopped while starting (exit code {code}):
{log}</translation>
    </message>
    <message>
        <source>The simulated site did not start within {seconds} s:
{log}</source>
        <translation>The simulated site did not start within {seconds} s:
{log}</translation>
    </message>
    <message>
        <source>Cannot reach the simulated site's control channel ({error}).</source>
        <translation>Cannot reach the simulated site's control channel ({error}).</translation>
    </message>
    <message>
        <source>  {name} ({tax_id}): rtsp://{host}:{port}, {count} cameras, user {user}</source>
        <translation>  {name} ({tax_id}): rtsp://{host}:{port}, {count} cameras, user {user}</translation>
    </message>
    <message>
        <source>Press Ctrl-C to stop.</source>
        <translation>Press Ctrl-C to stop.</translation>
    </message>
    <message>
        <source>The simulated site ended by itself (exit code {code}):
{log}</source>
        <translation>The simulated site ended by itself (exit code {code}):
{log}</translation>
    </message>
    <message>
        <source>The simulated site has no EPE {detail}.</source>
        <translation>The simulated site has no EPE {detail}.</translation>
    </message>
    <message>
        <source>The simulated EPE has no camera {detail}.</source>
        <translation>The simulated EPE has no camera {detail}.</translation>
    </message>
    <message>
        <source>{detail} is not an outage mode (none, refused, silent, wrong_account, no_picture).</source>
        <translation>{detail} is not an outage mode (none, refused, silent, wrong_account, no_picture).</translation>
    </message>
    <message>
        <source>The simulated site refused the request: the control token is wrong.</source>
        <translation>The simulated site refused the request: the control token is wrong.</translation>
    </message>
    <message>
        <source>The outage request is too large.</source>
        <translation>The outage request is too large.</translation>
    </message>
    <message>
        <source>The simulated site refused the outage request ({detail}).</source>
        <translation>The simulated site refused the outage request ({detail}).</translation>
    </message>
    <message>
        <source>Simulated EPE site running (process {pid}).</source>
        <translation>Simulated EPE site running (process {pid}).</translation>
    </message>
    <message>
        <source>Description with the test accounts: {path} (removed when the site stops).</source>
        <translation>Description with the test accounts: {path} (removed when the site stops).</translation>
    </message>
    <message>
        <source>Take a camera or an EPE down and up again: epewall sim outage --site {path} --epe EPE [--camera N] --mode refused|silent|wrong_account|no_picture|none</source>
        <translation>Take a camera or an EPE down and up again: epewall sim outage --site {path} --epe EPE [--camera N] --mode refused|silent|wrong_account|no_picture|none</translation>
    </message>
    <message>
        <source>Simulated EPE site stopped.</source>
        <translation>Simulated EPE site stopped.</translation>
    </message>
</context>
<context>
    <name>SiteTree</name>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Camera no. %1 on the EPE's diagram</source>
        <translation>Camera no. %1 on the EPE's diagram</translation>
    </message>
    <message>
        <source>Must be online with customs (Decision 247, I.1.2)</source>
        <translation>Must be online with customs (Decision 247, I.1.2)</translation>
    </message>
    <message>
        <source>Kept at the EPE; provided on request</source>
        <translation>Kept at the EPE; provided on request</translation>
    </message>
    <message>
        <source>%1 of the %2 cameras of this EPE on the wall are online</source>
        <translation>%1 of the %2 cameras of this EPE on the wall are online</translation>
    </message>
    <message>
        <source>Search EPE, tax ID or camera</source>
        <translation>Search EPE, tax ID or camera</translation>
    </message>
    <message>
        <source>%1 must be online with customs (Decision 247, I.1.2)</source>
        <translation>%1 must be online with customs (Decision 247, I.1.2)</translation>
    </message>
    <message>
        <source>Wall: %1 online, %2 offline, %3 not on the wall</source>
        <translation>Wall: %1 online, %2 offline, %3 not on the wall</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>EPE / camera</translation>
    </message>
    <message>
        <source>Tax ID / position</source>
        <translation>Tax ID / position</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wall</translation>
    </message>
    <message>
        <source>State on the wall: online, offline or not on the wall</source>
        <translation>State on the wall: online, offline or not on the wall</translation>
    </message>
</context>
<context>
    <name>SitesCsv</name>
    <message>
        <source>line {line}: {reason}</source>
        <translation>line {line}: {reason}</translation>
    </message>
    <message>
        <source>EPEs: {ea} added, {eu} updated, {en} unchanged. Cameras: {ca} added, {cu} updated, {cn} unchanged.</source>
        <translation>EPEs: {ea} added, {eu} updated, {en} unchanged. Cameras: {ca} added, {cu} updated, {cn} unchanged.</translation>
    </message>
    <message>
        <source>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translation>This is an Excel workbook (.xlsx), not a CSV file. In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' and import that file.</translation>
    </message>
    <message>
        <source>This file is saved as UTF-16 ('Unicode Text'). Save it as 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translation>This file is saved as UTF-16 ('Unicode Text'). Save it as 'CSV UTF-8 (Comma delimited)' and import that file.</translation>
    </message>
    <message>
        <source>This is not a CSV text file (it contains binary data).</source>
        <translation>This is not a CSV text file (it contains binary data).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text, so Vietnamese letters would be garbled. In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' and import that file.</source>
        <translation>The file is not UTF-8 text, so Vietnamese letters would be garbled. In Excel choose File &gt; Save As &gt; 'CSV UTF-8 (Comma delimited)' and import that file.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line and one line per camera.</source>
        <translation>The file is empty: it needs a header line and one line per camera.</translation>
    </message>
    <message>
        <source>A value on this line is too long (more than {limit} characters); no field of the registry is that long. Check the file.</source>
        <translation>A value on this line is too long (more than {limit} characters); no field of the registry is that long. Check the file.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</source>
        <translation>The file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</translation>
    </message>
    <message>
        <source>Column {number} has values but no header.</source>
        <translation>Column {number} has values but no header.</translation>
    </message>
    <message>
        <source>column {number}</source>
        <translation>column {number}</translation>
    </message>
    <message>
        <source>Column '{header}': passwords are never imported from a file. Delete this column and store each EPE's password with 'epewall credentials set'.</source>
        <translation>Column '{header}': passwords are never imported from a file. Delete this column and store each EPE's password with 'epewall credentials set'.</translation>
    </message>
    <message>
        <source>Unknown column '{header}'.</source>
        <translation>Unknown column '{header}'.</translation>
    </message>
    <message>
        <source>Columns '{first}' and '{second}' both mean {column}.</source>
        <translation>Columns '{first}' and '{second}' both mean {column}.</translation>
    </message>
    <message>
        <source>The first line must name the columns, e.g. {columns} (or the Vietnamese headers such as 'Tên DNCX', 'Mã số thuế').</source>
        <translation>The first line must name the columns, e.g. {columns} (or the Vietnamese headers such as 'Tên DNCX', 'Mã số thuế').</translation>
    </message>
    <message>
        <source>The required column {column} is missing.</source>
        <translation>The required column {column} is missing.</translation>
    </message>
    <message>
        <source>Camera columns need the column {column} too.</source>
        <translation>Camera columns need the column {column} too.</translation>
    </message>
    <message>
        <source>'{value}' lost its leading 0 (Excel does this to numbers). Write it as 0{value}, and format the column as Text in Excel.</source>
        <translation>'{value}' lost its leading 0 (Excel does this to numbers). Write it as 0{value}, and format the column as Text in Excel.</translation>
    </message>
    <message>
        <source>'{value}' is not a date; write 2021-04-25 or 25/04/2021.</source>
        <translation>'{value}' is not a date; write 2021-04-25 or 25/04/2021.</translation>
    </message>
    <message>
        <source>'{value}' is not a connection method; write internet, vpn or private_channel (or Internet, VPN, kênh riêng).</source>
        <translation>'{value}' is not a connection method; write internet, vpn or private_channel (or Internet, VPN, kênh riêng).</translation>
    </message>
    <message>
        <source>'{value}' is not a risk level; write low, medium or high (or thấp, trung bình, cao).</source>
        <translation>'{value}' is not a risk level; write low, medium or high (or thấp, trung bình, cao).</translation>
    </message>
    <message>
        <source>'{value}' is not a camera position; write gate, storage_door, storage_yard, inside_storage or other (or cổng, cửa kho, bãi kho, trong kho, khác).</source>
        <translation>'{value}' is not a camera position; write gate, storage_door, storage_yard, inside_storage or other (or cổng, cửa kho, bãi kho, trong kho, khác).</translation>
    </message>
    <message>
        <source>'{value}' is not a camera number; write the number from the EPE's camera diagram (1 to 9999).</source>
        <translation>'{value}' is not a camera number; write the number from the EPE's camera diagram (1 to 9999).</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Checking the file…</translation>
    </message>
    <message>
        <source>Checking line {line}…</source>
        <translation>Checking line {line}…</translation>
    </message>
    <message>
        <source>{header}: the EPE with tax ID {other} on line {line} has the same name.</source>
        <translation>{header}: the EPE with tax ID {other} on line {line} has the same name.</translation>
    </message>
    <message>
        <source>{header}: a new camera needs its position.</source>
        <translation>{header}: a new camera needs its position.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>This line has more values than there are column headers (check the delimiter and the quotation marks).</source>
        <translation>This line has more values than there are column headers (check the delimiter and the quotation marks).</translation>
    </message>
    <message>
        <source>{header}: every line needs the EPE's tax ID.</source>
        <translation>{header}: every line needs the EPE's tax ID.</translation>
    </message>
    <message>
        <source>{header}: this line describes a camera but has no camera number (leave all camera columns empty for an EPE without cameras).</source>
        <translation>{header}: this line describes a camera but has no camera number (leave all camera columns empty for an EPE without cameras).</translation>
    </message>
    <message>
        <source>{header}: differs from line {line} for the same tax ID; an EPE's columns must be the same on all its lines.</source>
        <translation>{header}: differs from line {line} for the same tax ID; an EPE's columns must be the same on all its lines.</translation>
    </message>
    <message>
        <source>{header}: camera {number} of this EPE is already on line {line}.</source>
        <translation>{header}: camera {number} of this EPE is already on line {line}.</translation>
    </message>
</context>
<context>
    <name>SnapshotPrint</name>
    <message>
        <source>The PDF file {path} cannot be written ({error}). Check that its folder exists and that you may write to it.</source>
        <translation>The PDF file {path} cannot be written ({error}). Check that its folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>Surveillance camera snapshot</source>
        <translation>Surveillance camera snapshot</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message>
        <source>Print snapshot</source>
        <translation>Print snapshot</translation>
    </message>
    <message>
        <source>Main stream (full resolution)</source>
        <translation>Main stream (full resolution)</translation>
    </message>
    <message>
        <source>Sub stream</source>
        <translation>Sub stream</translation>
    </message>
    <message>
        <source>Recording (replayed from the EPE's recorder)</source>
        <translation>Recording (replayed from the EPE's recorder)</translation>
    </message>
    <message>
        <source>The snapshot {path} cannot be read; it was moved, deleted or damaged.</source>
        <translation>The snapshot {path} cannot be read; it was moved, deleted or damaged.</translation>
    </message>
    <message>
        <source>No. {number} – {position}</source>
        <translation>No. {number} – {position}</translation>
    </message>
    <message>
        <source>The file matches this SHA-256 (checked when this page was made).</source>
        <translation>The file matches this SHA-256 (checked when this page was made).</translation>
    </message>
    <message>
        <source>WARNING: the file does NOT match this SHA-256; it was changed after the snapshot was taken.</source>
        <translation>WARNING: the file does NOT match this SHA-256; it was changed after the snapshot was taken.</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Camera (diagram number, position, name)</source>
        <translation>Camera (diagram number, position, name)</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>File check</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{epe} – camera {number} – {time}</source>
        <translation>{epe} – camera {number} – {time}</translation>
    </message>
    <message>
        <source>Printed on {printed} by epewall {version}. Snapshot record no. {number}. The picture is the PNG file kept by epewall; its SHA-256 above shows whether the file was changed.</source>
        <translation>Printed on {printed} by epewall {version}. Snapshot record no. {number}. The picture is the PNG file kept by epewall; its SHA-256 above shows whether the file was changed.</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Head of unit</translation>
    </message>
    <message>
        <source>Officer who took the snapshot</source>
        <translation>Officer who took the snapshot</translation>
    </message>
    <message>
        <source>(signature and full name)</source>
        <translation>(signature and full name)</translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <source>camera {number} of {epe}</source>
        <translation>camera {number} of {epe}</translation>
    </message>
    <message>
        <source>There is no live picture from {camera}, so no snapshot was saved.</source>
        <translation>There is no live picture from {camera}, so no snapshot was saved.</translation>
    </message>
    <message>
        <source>The snapshot folder {folder} cannot be written ({error}); no snapshot was saved.</source>
        <translation>The snapshot folder {folder} cannot be written ({error}); no snapshot was saved.</translation>
    </message>
    <message>
        <source>The video player wrote an unreadable picture from {camera}; no snapshot was saved. Try again.</source>
        <translation>The video player wrote an unreadable picture from {camera}; no snapshot was saved. Try again.</translation>
    </message>
    <message>
        <source>The snapshot was saved as {path} but could not be recorded: {error}</source>
        <translation>The snapshot was saved as {path} but could not be recorded: {error}</translation>
    </message>
    <message>
        <source>The note is too long (at most {limit} characters).</source>
        <translation>The note is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>The video player could not take a picture from {camera}; no snapshot was saved. Try again in a moment.</source>
        <translation>The video player could not take a picture from {camera}; no snapshot was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>The picture from {camera} was not written within {seconds} seconds; no snapshot was saved. Try again.</source>
        <translation>The picture from {camera} was not written within {seconds} seconds; no snapshot was saved. Try again.</translation>
    </message>
    <message>
        <source>The snapshot could not be saved ({error}).</source>
        <translation>The snapshot could not be saved ({error}).</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <source>The board could not be refreshed: {error}</source>
        <translation>The board could not be refreshed: {error}</translation>
    </message>
    <message>
        <source>Tax ID {tax_id}</source>
        <translation>Tax ID {tax_id}</translation>
    </message>
    <message>
        <source>Click to open the interruption register</source>
        <translation>Click to open the interruption register</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{time} ({span})</source>
        <translation>{time} ({span})</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>extended to {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day(s) overdue</numerusform>
            <numerusform>%n day(s) overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>closing proposed</source>
        <translation>closing proposed</translation>
    </message>
    <message>
        <source>NOT followed up today</source>
        <translation>NOT followed up today</translation>
    </message>
    <message>
        <source>Followed up today</source>
        <translation>Followed up today</translation>
    </message>
    <message>
        <source>Not a working day</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <source>{epes} EPEs: {dark} dark, {down} with cameras down, {overdue} overdue, {not_followed} not followed up today. Updated {time}.</source>
        <translation>{epes} EPEs: {dark} dark, {down} with cameras down, {overdue} overdue, {not_followed} not followed up today. Updated {time}.</translation>
    </message>
    <message>
        <source>Select an EPE to see its cameras.</source>
        <translation>Select an EPE to see its cameras.</translation>
    </message>
    <message>
        <source>{epe}: each mandatory camera, and the share of each day of {month} it was online (%).</source>
        <translation>{epe}: each mandatory camera, and the share of each day of {month} it was online (%).</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>EPE status board</source>
        <translation>EPE status board</translation>
    </message>
    <message>
        <source>EPE status &amp;board</source>
        <translation>EPE status &amp;board</translation>
    </message>
    <message>
        <source>Filter by EPE name, tax ID or state…</source>
        <translation>Filter by EPE name, tax ID or state…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Worst condition</source>
        <translation>Worst condition</translation>
    </message>
    <message>
        <source>Down since</source>
        <translation>Down since</translation>
    </message>
    <message>
        <source>Open interruption (deadline)</source>
        <translation>Open interruption (deadline)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Put its cameras on the wall</source>
        <translation>Put its cameras on the wall</translation>
    </message>
    <message>
        <source>Open its interruption in the register</source>
        <translation>Open its interruption in the register</translation>
    </message>
</context>
<context>
    <name>StreamFailure</name>
    <message>
        <source>Account refused, stopped trying</source>
        <translation>Account refused, stopped trying</translation>
    </message>
    <message>
        <source>Trying again could lock the EPE's account. Fix the account in Sites &gt; Set account…, then press “Retry now”.</source>
        <translation>Trying again could lock the EPE's account. Fix the account in Sites &gt; Set account…, then press “Retry now”.</translation>
    </message>
    <message>
        <source>The stream failed</source>
        <translation>The stream failed</translation>
    </message>
    <message>
        <source>epewall keeps trying.</source>
        <translation>epewall keeps trying.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Camera/path not found</source>
        <translation>Camera/path not found</translation>
    </message>
    <message>
        <source>EPE unreachable</source>
        <translation>EPE unreachable</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>Stream stalled</source>
        <translation>Stream stalled</translation>
    </message>
    <message>
        <source>Unsupported codec</source>
        <translation>Unsupported codec</translation>
    </message>
    <message>
        <source>The device answered something that is not a video stream</source>
        <translation>The device answered something that is not a video stream</translation>
    </message>
    <message>
        <source>No account stored for this EPE</source>
        <translation>No account stored for this EPE</translation>
    </message>
    <message>
        <source>The keyring cannot give the password</source>
        <translation>The keyring cannot give the password</translation>
    </message>
    <message>
        <source>The video player failed</source>
        <translation>The video player failed</translation>
    </message>
    <message>
        <source>The stream is on a host not registered for this EPE; the account is not sent</source>
        <translation>The stream is on a host not registered for this EPE; the account is not sent</translation>
    </message>
    <message>
        <source>The camera asks for the password in clear text (Basic); it is not sent</source>
        <translation>The camera asks for the password in clear text (Basic); it is not sent</translation>
    </message>
    <message>
        <source>The EPE refused the account: check it in Sites &gt; Set account…</source>
        <translation>The EPE refused the account: check it in Sites &gt; Set account…</translation>
    </message>
    <message>
        <source>The device has no stream at this address: check the camera's stream addresses (Sites &gt; Edit camera…).</source>
        <translation>The device has no stream at this address: check the camera's stream addresses (Sites &gt; Edit camera…).</translation>
    </message>
    <message>
        <source>The EPE's network or device does not answer; epewall keeps trying. If it lasts, ask the EPE (an interruption under Decision 247, I.2.3).</source>
        <translation>The EPE's network or device does not answer; epewall keeps trying. If it lasts, ask the EPE (an interruption under Decision 247, I.2.3).</translation>
    </message>
    <message>
        <source>The picture stopped coming; epewall reconnects.</source>
        <translation>The picture stopped coming; epewall reconnects.</translation>
    </message>
    <message>
        <source>Ask the EPE to set the camera to H.264, H.265 or MJPEG (Appendix I).</source>
        <translation>Ask the EPE to set the camera to H.264, H.265 or MJPEG (Appendix I).</translation>
    </message>
    <message>
        <source>The address may point at something else than the camera: check the camera's stream addresses (Sites &gt; Edit camera…).</source>
        <translation>The address may point at something else than the camera: check the camera's stream addresses (Sites &gt; Edit camera…).</translation>
    </message>
    <message>
        <source>Store the account the EPE handed over: Sites &gt; Set account…</source>
        <translation>Store the account the EPE handed over: Sites &gt; Set account…</translation>
    </message>
    <message>
        <source>Unlock the keyring (see the status bar), then the tile connects again.</source>
        <translation>Unlock the keyring (see the status bar), then the tile connects again.</translation>
    </message>
    <message>
        <source>epewall restarts the player by itself.</source>
        <translation>epewall restarts the player by itself.</translation>
    </message>
    <message>
        <source>If the EPE moved its camera or recorder, record the new address in Sites &gt; Edit EPE… (Devices at the EPE) or Sites &gt; Edit camera….</source>
        <translation>If the EPE moved its camera or recorder, record the new address in Sites &gt; Edit EPE… (Devices at the EPE) or Sites &gt; Edit camera….</translation>
    </message>
    <message>
        <source>Ask the EPE to turn on digest login; only if its devices cannot, tick "Devices need Basic login" in Sites &gt; Edit EPE….</source>
        <translation>Ask the EPE to turn on digest login; only if its devices cannot, tick "Devices need Basic login" in Sites &gt; Edit EPE….</translation>
    </message>
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>Drag to another cell to swap; double-click to maximise or restore</source>
        <translation>Drag to another cell to swap; double-click to maximise or restore</translation>
    </message>
    <message>
        <source>Save a snapshot of this camera (PNG)</source>
        <translation>Save a snapshot of this camera (PNG)</translation>
    </message>
    <message>
        <source>Restore the wall (double-click the video)</source>
        <translation>Restore the wall (double-click the video)</translation>
    </message>
    <message>
        <source>Maximise, main stream (double-click the video)</source>
        <translation>Maximise, main stream (double-click the video)</translation>
    </message>
    <message>
        <source>Remove this camera from the wall</source>
        <translation>Remove this camera from the wall</translation>
    </message>
    <message>
        <source>{fps} fps · {kbps} kbit/s</source>
        <translation>{fps} fps · {kbps} kbit/s</translation>
    </message>
    <message>
        <source>Connecting… (attempt {0})</source>
        <translation>Connecting… (attempt {0})</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Live · {0}</source>
        <translation>Live · {0}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Restore the wall</source>
        <translation>Restore the wall</translation>
    </message>
    <message>
        <source>Maximise</source>
        <translation>Maximise</translation>
    </message>
    <message>
        <source>{number}. {camera} · {epe}</source>
        <translation>{number}. {camera} · {epe}</translation>
    </message>
    <message>
        <source>Camera {number} ({position}) of {epe}</source>
        <translation>Camera {number} ({position}) of {epe}</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Try to connect once more, now</source>
        <translation>Try to connect once more, now</translation>
    </message>
    <message>
        <source>Main stream (full resolution)</source>
        <translation>Main stream (full resolution)</translation>
    </message>
    <message>
        <source>Sub stream (small)</source>
        <translation>Sub stream (small)</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Take snapshot</translation>
    </message>
    <message>
        <source>Play back from 30 s ago</source>
        <translation>Play back from 30 s ago</translation>
    </message>
    <message>
        <source>PTZ control (arrow keys, + and −)</source>
        <translation>PTZ control (arrow keys, + and −)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Camera details…</source>
        <translation>Camera details…</translation>
    </message>
    <message>
        <source>Remove from the wall</source>
        <translation>Remove from the wall</translation>
    </message>
    <message>
        <source>{0} · {1} s</source>
        <translation>{0} · {1} s</translation>
    </message>
    <message>
        <source>Reconnecting in {0} s — {1}</source>
        <translation>Reconnecting in {0} s — {1}</translation>
    </message>
    <message>
        <source>Failed: {0} — retry in {1} s</source>
        <translation>Failed: {0} — retry in {1} s</translation>
    </message>
    <message>
        <source>Stopped (right-click ▸ Play)</source>
        <translation>Stopped (right-click ▸ Play)</translation>
    </message>
    <message>
        <source>Paused while hidden</source>
        <translation>Paused while hidden</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Waiting to be shown</source>
        <translation>Waiting to be shown</translation>
    </message>
    <message>
        <source>Technical detail: {0}</source>
        <translation>Technical detail: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Camera {number}</source>
        <translation>Camera {number}</translation>
    </message>
    <message>
        <source>{number}. {name}</source>
        <translation>{number}. {name}</translation>
    </message>
    <message>
        <source>motion</source>
        <translation>motion</translation>
    </message>
    <message>
        <source>alarm</source>
        <translation>alarm</translation>
    </message>
    <message>
        <source>Bookmark {time}, camera {camera}: {note}</source>
        <translation>Bookmark {time}, camera {camera}: {note}</translation>
    </message>
    <message>
        <source>{time}: {event} {start} - {end}, {camera}</source>
        <translation>{time}: {event} {start} - {end}, {camera}</translation>
    </message>
    <message>
        <source>{time}: nothing recorded ({start} - {end})</source>
        <translation>{time}: nothing recorded ({start} - {end})</translation>
    </message>
    <message>
        <source>Search to see what was recorded</source>
        <translation>Search to see what was recorded</translation>
    </message>
</context>
<context>
    <name>ToolWindow</name>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TourBar</name>
    <message>
        <source>(part %1 of %2)</source>
        <translation>(part %1 of %2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>, round %1</source>
        <translation>, round %1</translation>
    </message>
    <message>
        <source>tour “%1”</source>
        <translation>tour “%1”</translation>
    </message>
    <message>
        <source>On the wall: %1</source>
        <translation>On the wall: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Paused. Press Resume to go on.</source>
        <translation>Paused. Press Resume to go on.</translation>
    </message>
    <message>
        <source>Waiting: finish what you opened (a large tile, the check's findings).</source>
        <translation>Waiting: finish what you opened (a large tile, the check's findings).</translation>
    </message>
    <message>
        <source>Paused while you use the wall; goes on %1 s after your last action.</source>
        <translation>Paused while you use the wall; goes on %1 s after your last action.</translation>
    </message>
    <message>
        <source>Next page in %1.</source>
        <translation>Next page in %1.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Stop tour</source>
        <translation>Stop tour</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Tours</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Give the tour a name to save it.</source>
        <translation>Give the tour a name to save it.</translation>
    </message>
    <message>
        <source>Saved wall: %1</source>
        <translation>Saved wall: %1</translation>
    </message>
    <message>
        <source>(a new tour)</source>
        <translation>(a new tour)</translation>
    </message>
    <message>
        <source>Saved tour:</source>
        <translation>Saved tour:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Pages from:</source>
        <translation>Pages from:</translation>
    </message>
    <message>
        <source>Each page stays:</source>
        <translation>Each page stays:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Automatic (all the EPE's cameras)</source>
        <translation>Automatic (all the EPE's cameras)</translation>
    </message>
    <message>
        <source>The risk list (EPEs rated high, then medium)</source>
        <translation>The risk list (EPEs rated high, then medium)</translation>
    </message>
    <message>
        <source>Today's plan (your EPEs planned for today)</source>
        <translation>Today's plan (your EPEs planned for today)</translation>
    </message>
    <message>
        <source>My list (the EPEs and saved walls ticked below)</source>
        <translation>My list (the EPEs and saved walls ticked below)</translation>
    </message>
    <message>
        <source>EPEs and saved walls for “My list”:</source>
        <translation>EPEs and saved walls for “My list”:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>S&amp;tart tour</source>
        <translation>S&amp;tart tour</translation>
    </message>
</context>
<context>
    <name>TourRunner</name>
    <message>
        <source>There is no saved tour named "%1".</source>
        <translation>There is no saved tour named "%1".</translation>
    </message>
    <message>
        <source>The tour could not be prepared: %1</source>
        <translation>The tour could not be prepared: %1</translation>
    </message>
    <message>
        <source>The tour has no page to show: none of its EPEs has a camera.</source>
        <translation>The tour has no page to show: none of its EPEs has a camera.</translation>
    </message>
    <message>
        <source>During the tour “%1”</source>
        <translation>During the tour “%1”</translation>
    </message>
</context>
<context>
    <name>TourSource</name>
    <message>
        <source>The risk list</source>
        <translation>The risk list</translation>
    </message>
    <message>
        <source>Today's plan</source>
        <translation>Today's plan</translation>
    </message>
    <message>
        <source>My list</source>
        <translation>My list</translation>
    </message>
</context>
<context>
    <name>Tours</name>
    <message>
        <source>Choose a layout for the tour.</source>
        <translation>Choose a layout for the tour.</translation>
    </message>
    <message>
        <source>Tick at least one EPE or saved wall for the tour.</source>
        <translation>Tick at least one EPE or saved wall for the tour.</translation>
    </message>
    <message>
        <source>Preparing the tour…</source>
        <translation>Preparing the tour…</translation>
    </message>
    <message>
        <source>Each page stays between {low} and {high} seconds.</source>
        <translation>Each page stays between {low} and {high} seconds.</translation>
    </message>
    <message>
        <source>The saved tour "{name}" is damaged; save it again.</source>
        <translation>The saved tour "{name}" is damaged; save it again.</translation>
    </message>
    <message>
        <source>{epe} has no camera that must be online: left out.</source>
        <translation>{epe} has no camera that must be online: left out.</translation>
    </message>
    <message>
        <source>The EPE with tax ID {tax_id} is no longer registered.</source>
        <translation>The EPE with tax ID {tax_id} is no longer registered.</translation>
    </message>
    <message>
        <source>There is no saved wall named "{name}".</source>
        <translation>There is no saved wall named "{name}".</translation>
    </message>
</context>
<context>
    <name>ToursMenu</name>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;Tours</translation>
    </message>
    <message>
        <source>Tour the &amp;risk list</source>
        <translation>Tour the &amp;risk list</translation>
    </message>
    <message>
        <source>Show the EPEs rated high, then medium risk, one page after the other</source>
        <translation>Show the EPEs rated high, then medium risk, one page after the other</translation>
    </message>
    <message>
        <source>Tour today's &amp;plan</source>
        <translation>Tour today's &amp;plan</translation>
    </message>
    <message>
        <source>Show the EPEs planned for you today, in turn</source>
        <translation>Show the EPEs planned for you today, in turn</translation>
    </message>
    <message>
        <source>&amp;Make or change a tour…</source>
        <translation>&amp;Make or change a tour…</translation>
    </message>
    <message>
        <source>&amp;Stop the tour</source>
        <translation>&amp;Stop the tour</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>epewall closed unexpectedly the last time it ran. If it happens again, send this report to your IT unit:</source>
        <translation>epewall closed unexpectedly the last time it ran. If it happens again, send this report to your IT unit:</translation>
    </message>
    <message>
        <source>epewall met an unexpected error, and the last action may not have finished. You can keep working. If it happens again, send this report to your IT unit:</source>
        <translation>epewall met an unexpected error, and the last action may not have finished. You can keep working. If it happens again, send this report to your IT unit:</translation>
    </message>
    <message>
        <source>epewall: unexpected error</source>
        <translation>epewall: unexpected error</translation>
    </message>
</context>
<context>
    <name>UserFiles</name>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>The file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The file {path} is damaged: it is not readable JSON.</source>
        <translation>The file {path} is damaged: it is not readable JSON.</translation>
    </message>
    <message>
        <source>The file {path} is too large: this kind of file can be at most {limit}.</source>
        <translation>The file {path} is too large: this kind of file can be at most {limit}.</translation>
    </message>
    <message>
        <source>The file {path} is nested far too deeply to be what it claims.</source>
        <translation>The file {path} is nested far too deeply to be what it claims.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; give the file itself.</source>
        <translation>{path} is a symbolic link; give the file itself.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the file inside it.</source>
        <translation>{path} is a folder; give the file inside it.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: permission denied.</source>
        <translation>The file {path} cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a device, a pipe or a socket); give a file saved on disk.</source>
        <translation>{path} is not an ordinary file (it is a device, a pipe or a socket); give a file saved on disk.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This text contains a URL with a user name or password. Remove them: passwords are kept only in the keyring.</source>
        <translation>This text contains a URL with a user name or password. Remove them: passwords are kept only in the keyring.</translation>
    </message>
    <message>
        <source>This must be text.</source>
        <translation>This must be text.</translation>
    </message>
    <message>
        <source>This text is too long (at most {limit} characters).</source>
        <translation>This text is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>The phone number must have 8 to 15 digits, written with digits, spaces, +, - or dots only (e.g. 0251 3836 123 or +84 251 3836 123).</source>
        <translation>The phone number must have 8 to 15 digits, written with digits, spaces, +, - or dots only (e.g. 0251 3836 123 or +84 251 3836 123).</translation>
    </message>
    <message>
        <source>This must be a date.</source>
        <translation>This must be a date.</translation>
    </message>
    <message>
        <source>The EPE name is required.</source>
        <translation>The EPE name is required.</translation>
    </message>
    <message>
        <source>Choose how the EPE is connected: Internet, VPN or private channel.</source>
        <translation>Choose how the EPE is connected: Internet, VPN or private channel.</translation>
    </message>
    <message>
        <source>Choose a risk level: low, medium or high.</source>
        <translation>Choose a risk level: low, medium or high.</translation>
    </message>
    <message>
        <source>The stream URL must not contain a user name or password. Remove them from the URL and store the EPE's account in the keyring instead.</source>
        <translation>The stream URL must not contain a user name or password. Remove them from the URL and store the EPE's account in the keyring instead.</translation>
    </message>
    <message>
        <source>The stream URL must start with rtsp:// or rtsps:// (e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).</source>
        <translation>The stream URL must start with rtsp:// or rtsps:// (e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).</translation>
    </message>
    <message>
        <source>The stream URL needs a host name or IP address and, if given, a port number (e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).</source>
        <translation>The stream URL needs a host name or IP address and, if given, a port number (e.g. rtsp://192.168.1.64:554/Streaming/Channels/101).</translation>
    </message>
    <message>
        <source>The device address must not contain a user name or password (user:pass@). Give only host:port; the EPE's account is kept in the keyring.</source>
        <translation>The device address must not contain a user name or password (user:pass@). Give only host:port; the EPE's account is kept in the keyring.</translation>
    </message>
    <message>
        <source>Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.</source>
        <translation>Give the device as host or host:port, e.g. 192.168.1.64 or nvr.example.vn:8080.</translation>
    </message>
    <message>
        <source>The camera number must be a whole number from 1 to 9999, as on the EPE's camera diagram.</source>
        <translation>The camera number must be a whole number from 1 to 9999, as on the EPE's camera diagram.</translation>
    </message>
    <message>
        <source>Choose the camera's position: gate, storage area door, storage yard, inside storage or other.</source>
        <translation>Choose the camera's position: gate, storage area door, storage yard, inside storage or other.</translation>
    </message>
    <message>
        <source>Extra values must be text.</source>
        <translation>Extra values must be text.</translation>
    </message>
    <message>
        <source>Another EPE already has this tax ID.</source>
        <translation>Another EPE already has this tax ID.</translation>
    </message>
    <message>
        <source>Another EPE already has this name.</source>
        <translation>Another EPE already has this name.</translation>
    </message>
    <message>
        <source>This EPE already has a camera with this number.</source>
        <translation>This EPE already has a camera with this number.</translation>
    </message>
    <message>
        <source>The camera's EPE is not in the registry.</source>
        <translation>The camera's EPE is not in the registry.</translation>
    </message>
    <message>
        <source>The tax ID is required.</source>
        <translation>The tax ID is required.</translation>
    </message>
    <message>
        <source>The tax ID must have 10 digits, or 13 digits for a branch (e.g. 0100233488 or 0100233488-001), with a valid check digit.</source>
        <translation>The tax ID must have 10 digits, or 13 digits for a branch (e.g. 0100233488 or 0100233488-001), with a valid check digit.</translation>
    </message>
</context>
<context>
    <name>VerifyEvidenceDialog</name>
    <message>
        <source>Folder: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Verify evidence</source>
        <translation>Verify evidence</translation>
    </message>
    <message>
        <source>Checking the signature and every file…</source>
        <translation>Checking the signature and every file…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of {name}…</source>
        <translation>Computing the SHA-256 of {name}…</translation>
    </message>
    <message>
        <source>Signature: does not match the manifest.</source>
        <translation>Signature: does not match the manifest.</translation>
    </message>
    <message>
        <source>Signature: none (made before evidence was signed).</source>
        <translation>Signature: none (made before evidence was signed).</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key fingerprint {fingerprint}: NOT registered with the team.</source>
        <translation>Signed by workstation {workstation}, key fingerprint {fingerprint}: NOT registered with the team.</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key fingerprint {fingerprint}: registered with the team by {officer} on {when}.</source>
        <translation>Signed by workstation {workstation}, key fingerprint {fingerprint}: registered with the team by {officer} on {when}.</translation>
    </message>
    <message>
        <source>Check cancelled: the evidence was NOT verified.</source>
        <translation>Check cancelled: the evidence was NOT verified.</translation>
    </message>
    <message>
        <source>The check failed: {error}</source>
        <translation>The check failed: {error}</translation>
    </message>
    <message>
        <source>Choose the evidence folder to verify</source>
        <translation>Choose the evidence folder to verify</translation>
    </message>
</context>
<context>
    <name>Versions</name>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>system keyring</source>
        <translation>system keyring</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>no keyring, passwords cannot be stored</source>
        <translation>no keyring, passwords cannot be stored</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>access denied</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>The system keyring did not answer within {seconds} s.</source>
        <translation>The system keyring did not answer within {seconds} s.</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Keyring</translation>
    </message>
</context>
<context>
    <name>WallStore</name>
    <message>
        <source>Give the wall a name.</source>
        <translation>Give the wall a name.</translation>
    </message>
    <message>
        <source>The wall name is too long (at most {limit} characters).</source>
        <translation>The wall name is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>The saved wall "{name}" is damaged and cannot be opened. Delete it and save the wall again.</source>
        <translation>The saved wall "{name}" is damaged and cannot be opened. Delete it and save the wall again.</translation>
    </message>
    <message>
        <source>This is not a wall layout epewall can save.</source>
        <translation>This is not a wall layout epewall can save.</translation>
    </message>
    <message>
        <source>You already have a saved wall with this name.</source>
        <translation>You already have a saved wall with this name.</translation>
    </message>
</context>
<context>
    <name>WallWidget</name>
    <message>
        <source>No picture to save from {0} yet.</source>
        <translation>No picture to save from {0} yet.</translation>
    </message>
</context>
<context>
    <name>WallWindow</name>
    <message>
        <source>epewall — wall “%1” on screen %2</source>
        <translation>epewall — wall “%1” on screen %2</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Line crossing</source>
        <translation>Line crossing</translation>
    </message>
    <message>
        <source>Intrusion</source>
        <translation>Intrusion</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Tampering</translation>
    </message>
    <message>
        <source>Video loss</source>
        <translation>Video loss</translation>
    </message>
    <message>
        <source>Storage failure</source>
        <translation>Storage failure</translation>
    </message>
    <message>
        <source>The snapshot could not be fetched.</source>
        <translation>The snapshot could not be fetched.</translation>
    </message>
    <message>
        <source>The device refused the account.</source>
        <translation>The device refused the account.</translation>
    </message>
    <message>
        <source>The device's answer is not valid XML.</source>
        <translation>The device's answer is not valid XML.</translation>
    </message>
    <message>
        <source>The device's answer could not be understood.</source>
        <translation>The device's answer could not be understood.</translation>
    </message>
    <message>
        <source>The device no longer knows the subscription.</source>
        <translation>The device no longer knows the subscription.</translation>
    </message>
    <message>
        <source>The device does not offer ONVIF event subscriptions.</source>
        <translation>The device does not offer ONVIF event subscriptions.</translation>
    </message>
    <message>
        <source>The device's answer is larger than any real answer; it was not read.</source>
        <translation>The device's answer is larger than any real answer; it was not read.</translation>
    </message>
    <message>
        <source>The device answered with an error: {reason}</source>
        <translation>The device answered with an error: {reason}</translation>
    </message>
    <message>
        <source>The device at {address} did not answer within {seconds:g} s.</source>
        <translation>The device at {address} did not answer within {seconds:g} s.</translation>
    </message>
    <message>
        <source>Cannot connect to {address}.</source>
        <translation>Cannot connect to {address}.</translation>
    </message>
    <message>
        <source>No ONVIF device is registered for the EPE.</source>
        <translation>No ONVIF device is registered for the EPE.</translation>
    </message>
    <message>
        <source>No account of the EPE is stored.</source>
        <translation>No account of the EPE is stored.</translation>
    </message>
    <message>
        <source>The device does not offer this service.</source>
        <translation>The device does not offer this service.</translation>
    </message>
    <message>
        <source>The device names no profile for this camera.</source>
        <translation>The device names no profile for this camera.</translation>
    </message>
    <message>
        <source>The device has no event subscriptions and the EPE has no recorder.</source>
        <translation>The device has no event subscriptions and the EPE has no recorder.</translation>
    </message>
</context>
<context>
    <name>WarningsDock</name>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Recorder / device</source>
        <translation>Recorder / device</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>All EPEs</source>
        <translation>All EPEs</translation>
    </message>
    <message>
        <source>Select a warning to see it and act on it.</source>
        <translation>Select a warning to see it and act on it.</translation>
    </message>
    <message>
        <source>%1, %2: %3 from %4 to %5 (%6 events).</source>
        <translation>%1, %2: %3 from %4 to %5 (%6 events).</translation>
    </message>
    <message>
        <source>Resolved by %1 at %2: %3</source>
        <translation>Resolved by %1 at %2: %3</translation>
    </message>
    <message>
        <source>Log in to resolve a warning: the note is kept under your name.</source>
        <translation>Log in to resolve a warning: the note is kept under your name.</translation>
    </message>
    <message>
        <source>Your role may watch warnings but not resolve them.</source>
        <translation>Your role may watch warnings but not resolve them.</translation>
    </message>
    <message>
        <source>Write what you found before resolving the warning.</source>
        <translation>Write what you found before resolving the warning.</translation>
    </message>
    <message>
        <source>Start a check of %1 first: the warning becomes one of the check's findings.</source>
        <translation>Start a check of %1 first: the warning becomes one of the check's findings.</translation>
    </message>
    <message>
        <source>Taken into the check as a finding.</source>
        <translation>Taken into the check as a finding.</translation>
    </message>
    <message>
        <source>Device warning: %1, %2 at %3 (%4 events).</source>
        <translation>Device warning: %1, %2 at %3 (%4 events).</translation>
    </message>
    <message>
        <source>Device warnings</source>
        <translation>Device warnings</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Sound</translation>
    </message>
    <message>
        <source>Beep when a new warning arrives (off by default).</source>
        <translation>Beep when a new warning arrives (off by default).</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note: what you found (needed to resolve)</source>
        <translation>Note: what you found (needed to resolve)</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Put the camera on the wall.</source>
        <translation>Put the camera on the wall.</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Play the recording from the warning's moment.</source>
        <translation>Play the recording from the warning's moment.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Add to check</source>
        <translation>Add to check</translation>
    </message>
    <message>
        <source>Add the warning to the open check of its EPE as a finding.</source>
        <translation>Add the warning to the open check of its EPE as a finding.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Keyring: checking…</source>
        <translation>Keyring: checking…</translation>
    </message>
    <message>
        <source>The EPEs' passwords will be kept in %1, never in a file. Enter an EPE's password with Sites &gt; Set account once the EPE is added.</source>
        <translation>The EPEs' passwords will be kept in %1, never in a file. Enter an EPE's password with Sites &gt; Set account once the EPE is added.</translation>
    </message>
    <message>
        <source>You can add EPEs and cameras now; their pictures need the passwords, which can be entered once the keyring works.</source>
        <translation>You can add EPEs and cameras now; their pictures need the passwords, which can be entered once the keyring works.</translation>
    </message>
    <message>
        <source>The demo is starting in its own window (it takes a few seconds). It uses its own simulated EPEs; your registry stays empty.</source>
        <translation>The demo is starting in its own window (it takes a few seconds). It uses its own simulated EPEs; your registry stays empty.</translation>
    </message>
    <message>
        <source>The demo could not be started. Details are in the log file.</source>
        <translation>The demo could not be started. Details are in the log file.</translation>
    </message>
    <message>
        <source>Welcome to epewall</source>
        <translation>Welcome to epewall</translation>
    </message>
    <message>
        <source>No EPE is registered on this workstation yet. Add the EPEs you supervise and their cameras in one of these ways; the wall opens as soon as there is one.</source>
        <translation>No EPE is registered on this workstation yet. Add the EPEs you supervise and their cameras in one of these ways; the wall opens as soon as there is one.</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Import from a CSV file…</translation>
    </message>
    <message>
        <source>A list of EPEs and cameras prepared in Excel: one row per camera with its EPE's name and tax ID. Every line is checked first; nothing is imported until all lines are right.</source>
        <translation>A list of EPEs and cameras prepared in Excel: one row per camera with its EPE's name and tax ID. Every line is checked first; nothing is imported until all lines are right.</translation>
    </message>
    <message>
        <source>Save an empty &amp;template to fill…</source>
        <translation>Save an empty &amp;template to fill…</translation>
    </message>
    <message>
        <source>Add from an &amp;ONVIF device…</source>
        <translation>Add from an &amp;ONVIF device…</translation>
    </message>
    <message>
        <source>Enter the EPE's name and tax ID, then the address and account of its recorder or camera: epewall reads its channels and adds them as cameras.</source>
        <translation>Enter the EPE's name and tax ID, then the address and account of its recorder or camera: epewall reads its channels and adds them as cameras.</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>Open the &amp;demo</translation>
    </message>
    <message>
        <source>Look around first on a simulated EPE site with live cameras, in a separate window. Nothing is added to your registry.</source>
        <translation>Look around first on a simulated EPE site with live cameras, in a separate window. Nothing is added to your registry.</translation>
    </message>
    <message>
        <source>The demo is not offered on Windows: its simulated EPE site needs GStreamer, which runs on a Linux computer (epewall sim). Point epewall at real EPE cameras, or at a Linux computer running the simulated site.</source>
        <translation>The demo is not offered on Windows: its simulated EPE site needs GStreamer, which runs on a Linux computer (epewall sim). Point epewall at real EPE cameras, or at a Linux computer running the simulated site.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
</context>
<context>
    <name>Worktime</name>
    <message>
        <source>Write the month as year-month, e.g. 2026-11.</source>
        <translation>Write the month as year-month, e.g. 2026-11.</translation>
    </message>
    <message>
        <source>The last day of an absence cannot be before its first day.</source>
        <translation>The last day of an absence cannot be before its first day.</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted; nothing was changed.</source>
        <translation>Interrupted; nothing was changed.</translation>
    </message>
    <message>
        <source>Unexpected error; nothing was changed. Details are in the log: {path}</source>
        <translation>Unexpected error; nothing was changed. Details are in the log: {path}</translation>
    </message>
    <message>
        <source>Unknown sites command: {command}</source>
        <translation>Unknown sites command: {command}</translation>
    </message>
    <message>
        <source>{path} was not imported: nothing was changed. Correct the lines above and try again.</source>
        <translation>{path} was not imported: nothing was changed. Correct the lines above and try again.</translation>
    </message>
    <message>
        <source>Checked {path}: {rows} lines, no problems. Nothing was changed (dry run). Importing it would give:</source>
        <translation>Checked {path}: {rows} lines, no problems. Nothing was changed (dry run). Importing it would give:</translation>
    </message>
    <message>
        <source>Imported {path} ({rows} lines).</source>
        <translation>Imported {path} ({rows} lines).</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Cannot write {path}: {reason}</translation>
    </message>
    <message>
        <source>Exported {epes} EPEs and {cameras} cameras to {path} (no passwords).</source>
        <translation>Exported {epes} EPEs and {cameras} cameras to {path} (no passwords).</translation>
    </message>
    <message>
        <source>The registry is empty. Import EPEs and cameras with: epewall sites import FILE.csv</source>
        <translation>The registry is empty. Import EPEs and cameras with: epewall sites import FILE.csv</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>on request</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>[online]: Decision 247 requires this position to be connected to customs; [on request]: images provided when customs asks.</source>
        <translation>[online]: Decision 247 requires this position to be connected to customs; [on request]: images provided when customs asks.</translation>
    </message>
    <message>
        <source>EPE "{epe}": no password is stored in {backend} (account user "{user}"). Store it with: epewall credentials set "{epe}" --user "{user}"</source>
        <translation>EPE "{epe}": no password is stored in {backend} (account user "{user}"). Store it with: epewall credentials set "{epe}" --user "{user}"</translation>
    </message>
    <message>
        <source>EPE "{epe}": no account is stored in {backend}. Store it with: epewall credentials set "{epe}" --user NAME</source>
        <translation>EPE "{epe}": no account is stored in {backend}. Store it with: epewall credentials set "{epe}" --user NAME</translation>
    </message>
    <message>
        <source>Deleted the password of EPE "{epe}" from {backend} and forgot its account.</source>
        <translation>Deleted the password of EPE "{epe}" from {backend} and forgot its account.</translation>
    </message>
    <message>
        <source>EPE "{epe}" had no password in {backend}; its account is forgotten.</source>
        <translation>EPE "{epe}" had no password in {backend}; its account is forgotten.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Password: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Password again: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was stored.</source>
        <translation>The two passwords differ; nothing was stored.</translation>
    </message>
    <message>
        <source>The account user name (--user) must not be empty.</source>
        <translation>The account user name (--user) must not be empty.</translation>
    </message>
    <message>
        <source>The command failed unexpectedly; the details are in epewall's log file.</source>
        <translation>The command failed unexpectedly; the details are in epewall's log file.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Could not write {path}: {reason}</translation>
    </message>
    <message>
        <source>Coverage of {month}: {checked} of {total} EPEs checked ({percent:.0f}%), {checks} checks.</source>
        <translation>Coverage of {month}: {checked} of {total} EPEs checked ({percent:.0f}%), {checks} checks.</translation>
    </message>
    <message>
        <source>Risk levels: {levels}</source>
        <translation>Risk levels: {levels}</translation>
    </message>
    <message>
        <source>NOT CHECKED</source>
        <translation>NOT CHECKED</translation>
    </message>
    <message>
        <source>EPE</source>
        <translation>EPE</translation>
    </message>
    <message>
        <source>Tax ID</source>
        <translation>Tax ID</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Done/planned</source>
        <translation>Done/planned</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Last check</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>Unscheduled</translation>
    </message>
    <message>
        <source>Outside hours</source>
        <translation>Outside hours</translation>
    </message>
    <message>
        <source>EPEs</source>
        <translation>EPEs</translation>
    </message>
    <message>
        <source>Plan done</source>
        <translation>Plan done</translation>
    </message>
    <message>
        <source>No officer with the code {code} on this workstation.</source>
        <translation>No officer with the code {code} on this workstation.</translation>
    </message>
    <message>
        <source>PIN of {code}: </source>
        <translation>PIN of {code}: </translation>
    </message>
    <message>
        <source>Wrote {path}: {checks} checks, {records} records of {month}.</source>
        <translation>Wrote {path}: {checks} checks, {records} records of {month}.</translation>
    </message>
    <message>
        <source>Imported {file} ({officer}, {month}): {added} new records ({checks} checks), {duplicates} already here.</source>
        <translation>Imported {file} ({officer}, {month}): {added} new records ({checks} checks), {duplicates} already here.</translation>
    </message>
    <message>
        <source>The log is intact: {count} records checked.</source>
        <translation>The log is intact: {count} records checked.</translation>
    </message>
    <message>
        <source>{count} checkpoint(s) signed with the team key hold.</source>
        <translation>{count} checkpoint(s) signed with the team key hold.</translation>
    </message>
    <message>
        <source>{count} checkpoint(s) could not be authenticated: this workstation does not have the team key that signed them.</source>
        <translation>{count} checkpoint(s) could not be authenticated: this workstation does not have the team key that signed them.</translation>
    </message>
    <message>
        <source>Sealed the log's head with the team key (checkpoint record {seq}, also kept in the keyring).</source>
        <translation>Sealed the log's head with the team key (checkpoint record {seq}, also kept in the keyring).</translation>
    </message>
    <message>
        <source>The log was altered. First broken link: record {seq} (ID {record_id}). {reason} The {count} records before it are intact.</source>
        <translation>The log was altered. First broken link: record {seq} (ID {record_id}). {reason} The {count} records before it are intact.</translation>
    </message>
    <message>
        <source>The log was altered. {reason} The {count} records still here are intact.</source>
        <translation>The log was altered. {reason} The {count} records still here are intact.</translation>
    </message>
    <message>
        <source>This workstation has no team key.</source>
        <translation>This workstation has no team key.</translation>
    </message>
    <message>
        <source>Team key fingerprint: {fingerprint}</source>
        <translation>Team key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Team key: </source>
        <translation>Team key: </translation>
    </message>
    <message>
        <source>New team key (stored in this workstation's keyring). Give it to the officers of the team in person, for 'epewall log key set'; it is not shown again:</source>
        <translation>New team key (stored in this workstation's keyring). Give it to the officers of the team in person, for 'epewall log key set'; it is not shown again:</translation>
    </message>
    <message>
        <source>No password on standard input. Give the password as the first line, e.g. from a file only you can read: epewall credentials set EPE --user NAME &lt; password.txt</source>
        <translation>No password on standard input. Give the password as the first line, e.g. from a file only you can read: epewall credentials set EPE --user NAME &lt; password.txt</translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>The password is empty; nothing was stored.</translation>
    </message>
    <message>
        <source>No password entered; nothing was stored.</source>
        <translation>No password entered; nothing was stored.</translation>
    </message>
    <message>
        <source>Stored the password of account "{user}" for EPE "{epe}" in {backend}.</source>
        <translation>Stored the password of account "{user}" for EPE "{epe}" in {backend}.</translation>
    </message>
    <message>
        <source>No EPE is called "{epe}" or has that tax ID. See the registered EPEs with: epewall sites list</source>
        <translation>No EPE is called "{epe}" or has that tax ID. See the registered EPEs with: epewall sites list</translation>
    </message>
    <message>
        <source>EPE "{epe}": a password is stored for account "{user}" in {backend}.</source>
        <translation>EPE "{epe}": a password is stored for account "{user}" in {backend}.</translation>
    </message>
    <message>
        <source>Manifest SHA-256 (compare with the audit log): {digest}</source>
        <translation>Manifest SHA-256 (compare with the audit log): {digest}</translation>
    </message>
    <message>
        <source>"{text}" is not a time like 2026-11-22 09:15 (Vietnam time).</source>
        <translation>"{text}" is not a time like 2026-11-22 09:15 (Vietnam time).</translation>
    </message>
    <message>
        <source>Recorder of {epe} saved.</source>
        <translation>Recorder of {epe} saved.</translation>
    </message>
    <message>
        <source>{epe}: recordings are kept only {days} days (since {earliest}); Decision 247 asks at least 12 months.</source>
        <translation>{epe}: recordings are kept only {days} days (since {earliest}); Decision 247 asks at least 12 months.</translation>
    </message>
    <message>
        <source>No EPE is called "{epe}" or has that tax ID.</source>
        <translation>No EPE is called "{epe}" or has that tax ID.</translation>
    </message>
    <message>
        <source>No recorder is set for {epe}: epewall playback recorder {epe} --kind ... --host ...</source>
        <translation>No recorder is set for {epe}: epewall playback recorder {epe} --kind ... --host ...</translation>
    </message>
    <message>
        <source>No account is stored for {epe}: epewall credentials set</source>
        <translation>No account is stored for {epe}: epewall credentials set</translation>
    </message>
    <message>
        <source>recorded  {start} - {end}</source>
        <translation>recorded  {start} - {end}</translation>
    </message>
    <message>
        <source>GAP       {start} - {end}</source>
        <translation>GAP       {start} - {end}</translation>
    </message>
    <message>
        <source>event     {start} {kind}</source>
        <translation>event     {start} {kind}</translation>
    </message>
    <message>
        <source>{epe}: recordings kept since {earliest} ({days} days): compliant.</source>
        <translation>{epe}: recordings kept since {earliest} ({days} days): compliant.</translation>
    </message>
    <message>
        <source>the team lead who authorises this (asked on a terminal)</source>
        <translation>the team lead who authorises this (asked on a terminal)</translation>
    </message>
    <message>
        <source>read the team lead's PIN from the first line of standard input (for scripts)</source>
        <translation>read the team lead's PIN from the first line of standard input (for scripts)</translation>
    </message>
    <message>
        <source>With --pin-stdin, name the team lead with --lead CODE; nothing was changed.</source>
        <translation>With --pin-stdin, name the team lead with --lead CODE; nothing was changed.</translation>
    </message>
    <message>
        <source>This command changes what only a team lead may change, and needs a team lead's PIN. Run it in a terminal, or give --lead CODE --pin-stdin with the PIN as the first line of standard input. Nothing was changed.</source>
        <translation>This command changes what only a team lead may change, and needs a team lead's PIN. Run it in a terminal, or give --lead CODE --pin-stdin with the PIN as the first line of standard input. Nothing was changed.</translation>
    </message>
    <message>
        <source>No officer with the code {code} on this workstation; nothing was changed.</source>
        <translation>No officer with the code {code} on this workstation; nothing was changed.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>The role of {code} in the registry is not the one the audit trail records: it was changed outside epewall. Run 'epewall log verify' and ask another team lead. Nothing was changed.</source>
        <translation>The role of {code} in the registry is not the one the audit trail records: it was changed outside epewall. Run 'epewall log verify' and ask another team lead. Nothing was changed.</translation>
    </message>
    <message>
        <source>No PIN entered; nothing was changed.</source>
        <translation>No PIN entered; nothing was changed.</translation>
    </message>
    <message>
        <source>Team lead code: </source>
        <translation>Team lead code: </translation>
    </message>
    <message>
        <source>No password given: type it at the prompt or give it as the first line of standard input.</source>
        <translation>No password given: type it at the prompt or give it as the first line of standard input.</translation>
    </message>
    <message>
        <source>cases sent to the head of unit with evidence</source>
        <translation>cases sent to the head of unit with evidence</translation>
    </message>
    <message>
        <source>the cases, most recently changed first</source>
        <translation>the cases, most recently changed first</translation>
    </message>
    <message>
        <source>only cases in this state</source>
        <translation>only cases in this state</translation>
    </message>
    <message>
        <source>only this EPE (tax ID or name)</source>
        <translation>only this EPE (tax ID or name)</translation>
    </message>
    <message>
        <source>one case with its evidence and decision</source>
        <translation>one case with its evidence and decision</translation>
    </message>
    <message>
        <source>the case's ID (its first 8 characters do)</source>
        <translation>the case's ID (its first 8 characters do)</translation>
    </message>
    <message>
        <source>No case.</source>
        <translation>No case.</translation>
    </message>
    <message>
        <source>Facts:</source>
        <translation>Facts:</translation>
    </message>
    <message>
        <source>Case {id}</source>
        <translation>Case {id}</translation>
    </message>
    <message>
        <source>Evidence: {count}</source>
        <translation>Evidence: {count}</translation>
    </message>
    <message>
        <source>{id}  {state}  {epe} ({tax_id})  opened {opened} by {name} ({code}); {items} item(s), last change {updated}{decision}</source>
        <translation>{id}  {state}  {epe} ({tax_id})  opened {opened} by {name} ({code}); {items} item(s), last change {updated}{decision}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>EPE: {name}, tax ID {tax_id}, {address}</source>
        <translation>EPE: {name}, tax ID {tax_id}, {address}</translation>
    </message>
    <message>
        <source>Opened {time} by {name} ({code}) from {origin}</source>
        <translation>Opened {time} by {name} ({code}) from {origin}</translation>
    </message>
    <message>
        <source>Submitted {time}; proposal:</source>
        <translation>Submitted {time}; proposal:</translation>
    </message>
    <message>
        <source>{number}. {kind}, {time}, camera(s) {cameras}: {what}</source>
        <translation>{number}. {kind}, {time}, camera(s) {cameras}: {what}</translation>
    </message>
    <message>
        <source>Note by {name} ({code}), {time}: {text}</source>
        <translation>Note by {name} ({code}), {time}: {text}</translation>
    </message>
    <message>
        <source>Decision of {name} ({code}), {time}: {decision}</source>
        <translation>Decision of {name} ({code}), {time}: {decision}</translation>
    </message>
    <message>
        <source>customs documents to compare with the gate cameras</source>
        <translation>customs documents to compare with the gate cameras</translation>
    </message>
    <message>
        <source>import declarations, release confirmations, receipts and notes (CSV or XLSX)</source>
        <translation>import declarations, release confirmations, receipts and notes (CSV or XLSX)</translation>
    </message>
    <message>
        <source>list the customs documents</source>
        <translation>list the customs documents</translation>
    </message>
    <message>
        <source>only this EPE (name or tax ID)</source>
        <translation>only this EPE (name or tax ID)</translation>
    </message>
    <message>
        <source>only windows on this day</source>
        <translation>only windows on this day</translation>
    </message>
    <message>
        <source>store gate reads from a CSV (time, camera, kind, code, crop, sha256) for testing; the OCR job will fill them later</source>
        <translation>store gate reads from a CSV (time, camera, kind, code, crop, sha256) for testing; the OCR job will fill them later</translation>
    </message>
    <message>
        <source>compare an EPE's documents of a day with the codes read at its gate</source>
        <translation>compare an EPE's documents of a day with the codes read at its gate</translation>
    </message>
    <message>
        <source>write CSV to standard output</source>
        <translation>write CSV to standard output</translation>
    </message>
    <message>
        <source>No customs documents. Import them with: epewall declarations import FILE</source>
        <translation>No customs documents. Import them with: epewall declarations import FILE</translation>
    </message>
    <message>
        <source>Stored {count} gate reads for {name}.</source>
        <translation>Stored {count} gate reads for {name}.</translation>
    </message>
    <message>
        <source>No EPE named {name} (name or tax ID).</source>
        <translation>No EPE named {name} (name or tax ID).</translation>
    </message>
    <message>
        <source>Checked {path}: {rows} documents, no problems. Nothing was changed (dry run). Importing it would give:</source>
        <translation>Checked {path}: {rows} documents, no problems. Nothing was changed (dry run). Importing it would give:</translation>
    </message>
    <message>
        <source>Imported {path} ({rows} documents).</source>
        <translation>Imported {path} ({rows} documents).</translation>
    </message>
    <message>
        <source>{name}, {day}: {documents} documents, {reads} gate reads.</source>
        <translation>{name}, {day}: {documents} documents, {reads} gate reads.</translation>
    </message>
    <message>
        <source>{flagged} of {total} lines need the officer's review.</source>
        <translation>{flagged} of {total} lines need the officer's review.</translation>
    </message>
    <message>
        <source>{value} is not a date; write it as YYYY-MM-DD.</source>
        <translation>{value} is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>ONVIF devices of EPEs</source>
        <translation>ONVIF devices of EPEs</translation>
    </message>
    <message>
        <source>read device, profiles and stream URIs; judge Appendix I compliance</source>
        <translation>read device, profiles and stream URIs; judge Appendix I compliance</translation>
    </message>
    <message>
        <source>use the EPE's account from the keyring</source>
        <translation>use the EPE's account from the keyring</translation>
    </message>
    <message>
        <source>account user name; the password is read from stdin</source>
        <translation>account user name; the password is read from stdin</translation>
    </message>
    <message>
        <source>seconds of each main stream to measure the frame rate (0: do not)</source>
        <translation>seconds of each main stream to measure the frame rate (0: do not)</translation>
    </message>
    <message>
        <source>give up on a call after this long</source>
        <translation>give up on a call after this long</translation>
    </message>
    <message>
        <source>Services: {services}</source>
        <translation>Services: {services}</translation>
    </message>
    <message>
        <source>Video sources: {count}</source>
        <translation>Video sources: {count}</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>encoding unknown</source>
        <translation>encoding unknown</translation>
    </message>
    <message>
        <source>Probe took {seconds:.2f} s ({calls} calls).</source>
        <translation>Probe took {seconds:.2f} s ({calls} calls).</translation>
    </message>
    <message>
        <source>Appendix I compliance: {verdict}</source>
        <translation>Appendix I compliance: {verdict}</translation>
    </message>
    <message>
        <source>No account of EPE "{epe}" is stored. Store it with: epewall credentials set "{epe}" --user NAME</source>
        <translation>No account of EPE "{epe}" is stored. Store it with: epewall credentials set "{epe}" --user NAME</translation>
    </message>
    <message>
        <source>Device: {maker} {model}, firmware {firmware}, serial {serial}</source>
        <translation>Device: {maker} {model}, firmware {firmware}, serial {serial}</translation>
    </message>
    <message>
        <source>Device clock: {offset:+.1f} s from this computer's</source>
        <translation>Device clock: {offset:+.1f} s from this computer's</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>Problem: {service} {problem}</source>
        <translation>Problem: {service} {problem}</translation>
    </message>
    <message>
        <source>Warning: the device's clock is {seconds:+.0f} s off.</source>
        <translation>Warning: the device's clock is {seconds:+.0f} s off.</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>PTZ node {node}, presets: {presets}</source>
        <translation>PTZ node {node}, presets: {presets}</translation>
    </message>
    <message>
        <source>exported playback evidence</source>
        <translation>exported playback evidence</translation>
    </message>
    <message>
        <source>re-check an export folder: its signature, signer and every file</source>
        <translation>re-check an export folder: its signature, signer and every file</translation>
    </message>
    <message>
        <source>workstation keys that sign evidence</source>
        <translation>workstation keys that sign evidence</translation>
    </message>
    <message>
        <source>this workstation's public key and fingerprint</source>
        <translation>this workstation's public key and fingerprint</translation>
    </message>
    <message>
        <source>write this workstation's public key to a file</source>
        <translation>write this workstation's public key to a file</translation>
    </message>
    <message>
        <source>trust a workstation's key file (team lead; PIN from stdin/prompt)</source>
        <translation>trust a workstation's key file (team lead; PIN from stdin/prompt)</translation>
    </message>
    <message>
        <source>the workstation keys registered with the team</source>
        <translation>the workstation keys registered with the team</translation>
    </message>
    <message>
        <source>stop trusting a workstation's key (team lead; PIN from stdin/prompt)</source>
        <translation>stop trusting a workstation's key (team lead; PIN from stdin/prompt)</translation>
    </message>
    <message>
        <source>The key is no longer trusted: evidence it signs will not verify.</source>
        <translation>The key is no longer trusted: evidence it signs will not verify.</translation>
    </message>
    <message>
        <source>an EPE's recorder: settings, search, retention</source>
        <translation>an EPE's recorder: settings, search, retention</translation>
    </message>
    <message>
        <source>set the EPE's recorder (no password: see credentials)</source>
        <translation>set the EPE's recorder (no password: see credentials)</translation>
    </message>
    <message>
        <source>how the recorder writes times (check with calibration)</source>
        <translation>how the recorder writes times (check with calibration)</translation>
    </message>
    <message>
        <source>recorded segments, gaps and events (Vietnam time)</source>
        <translation>recorded segments, gaps and events (Vietnam time)</translation>
    </message>
    <message>
        <source>diagram number</source>
        <translation>diagram number</translation>
    </message>
    <message>
        <source>are recordings kept 12 months (Decision 247 I.2.2)</source>
        <translation>are recordings kept 12 months (Decision 247 I.2.2)</translation>
    </message>
    <message>
        <source>Registered with the team.</source>
        <translation>Registered with the team.</translation>
    </message>
    <message>
        <source>No registered workstation key has that fingerprint.</source>
        <translation>No registered workstation key has that fingerprint.</translation>
    </message>
    <message>
        <source>Signed by workstation {workstation}, key {fingerprint}: {status}</source>
        <translation>Signed by workstation {workstation}, key {fingerprint}: {status}</translation>
    </message>
    <message>
        <source>No workstation key is registered with the team on this workstation.</source>
        <translation>No workstation key is registered with the team on this workstation.</translation>
    </message>
    <message>
        <source>registered with the team</source>
        <translation>registered with the team</translation>
    </message>
    <message>
        <source>NOT registered with the team</source>
        <translation>NOT registered with the team</translation>
    </message>
    <message>
        <source>Workstation: {workstation}</source>
        <translation>Workstation: {workstation}</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <source>Public key (Ed25519): {key}</source>
        <translation>Public key (Ed25519): {key}</translation>
    </message>
    <message>
        <source>Registering {workstation}, fingerprint {fingerprint}: compare it with the fingerprint printed on that workstation's evidence.</source>
        <translation>Registering {workstation}, fingerprint {fingerprint}: compare it with the fingerprint printed on that workstation's evidence.</translation>
    </message>
    <message>
        <source>Wrote the public key of {workstation} to {file}.</source>
        <translation>Wrote the public key of {workstation} to {file}.</translation>
    </message>
    <message>
        <source>{fingerprint}  {workstation}  (registered by {officer}, {when})</source>
        <translation>{fingerprint}  {workstation}  (registered by {officer}, {when})</translation>
    </message>
    <message>
        <source>read container numbers and plates in an EPE's gate recording of a day (the recorder's motion events) and store them for reconcile</source>
        <translation>read container numbers and plates in an EPE's gate recording of a day (the recorder's motion events) and store them for reconcile</translation>
    </message>
    <message>
        <source>only from this time (Vietnam time)</source>
        <translation>only from this time (Vietnam time)</translation>
    </message>
    <message>
        <source>only until this time (Vietnam time)</source>
        <translation>only until this time (Vietnam time)</translation>
    </message>
    <message>
        <source>{name}, {day}: {moments} moments of the gate recording read, {frames} frames decoded, {ocr} read by OCR; {reads} codes stored ({valid} valid) in {seconds:.0f} s.</source>
        <translation>{name}, {day}: {moments} moments of the gate recording read, {frames} frames decoded, {ocr} read by OCR; {reads} codes stored ({valid} valid) in {seconds:.0f} s.</translation>
    </message>
    <message>
        <source>The recorder reported no motion on the gate cameras: the declared windows were read.</source>
        <translation>The recorder reported no motion on the gate cameras: the declared windows were read.</translation>
    </message>
    <message>
        <source>The codes read before the error are stored.</source>
        <translation>The codes read before the error are stored.</translation>
    </message>
    <message>
        <source>Interrupted; the codes read so far are stored.</source>
        <translation>Interrupted; the codes read so far are stored.</translation>
    </message>
    <message>
        <source>{count} moments had no recording.</source>
        <translation>{count} moments had no recording.</translation>
    </message>
    <message>
        <source>the end-of-shift handover notes</source>
        <translation>the end-of-shift handover notes</translation>
    </message>
    <message>
        <source>the handovers of a day, in the order written</source>
        <translation>the handovers of a day, in the order written</translation>
    </message>
    <message>
        <source>the day (Vietnamese time); today by default</source>
        <translation>the day (Vietnamese time); today by default</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>No handover on {day}.</source>
        <translation>No handover on {day}.</translation>
    </message>
    <message>
        <source>Handover {number}: {name} ({code}), shift {start} – {end}</source>
        <translation>Handover {number}: {name} ({code}), shift {start} – {end}</translation>
    </message>
    <message>
        <source>Not acknowledged yet</source>
        <translation>Not acknowledged yet</translation>
    </message>
    <message>
        <source>"{text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>"{text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-12-01.</translation>
    </message>
    <message>
        <source>Workstation: {id}</source>
        <translation>Workstation: {id}</translation>
    </message>
    <message>
        <source>Acknowledged by {name} ({code}) at {time}</source>
        <translation>Acknowledged by {name} ({code}) at {time}</translation>
    </message>
    <message>
        <source>the register of camera interruptions and their deadlines</source>
        <translation>the register of camera interruptions and their deadlines</translation>
    </message>
    <message>
        <source>record an interruption an EPE notified (Appendix II); PIN from stdin</source>
        <translation>record an interruption an EPE notified (Appendix II); PIN from stdin</translation>
    </message>
    <message>
        <source>the EPE's name or tax ID</source>
        <translation>the EPE's name or tax ID</translation>
    </message>
    <message>
        <source>diagram numbers of the cameras</source>
        <translation>diagram numbers of the cameras</translation>
    </message>
    <message>
        <source>Vietnamese time</source>
        <translation>Vietnamese time</translation>
    </message>
    <message>
        <source>date of the notification</source>
        <translation>date of the notification</translation>
    </message>
    <message>
        <source>number of the EPE's document</source>
        <translation>number of the EPE's document</translation>
    </message>
    <message>
        <source>effect on supervision</source>
        <translation>effect on supervision</translation>
    </message>
    <message>
        <source>estimated restoration</source>
        <translation>estimated restoration</translation>
    </message>
    <message>
        <source>technician contact</source>
        <translation>technician contact</translation>
    </message>
    <message>
        <source>a line per record with its deadline</source>
        <translation>a line per record with its deadline</translation>
    </message>
    <message>
        <source>only records past their deadline</source>
        <translation>only records past their deadline</translation>
    </message>
    <message>
        <source>only open records</source>
        <translation>only open records</translation>
    </message>
    <message>
        <source>check every mandatory camera once; exit 0 only if all of them answer</source>
        <translation>check every mandatory camera once; exit 0 only if all of them answer</translation>
    </message>
    <message>
        <source>suspected transmission fault (the whole EPE does not answer)</source>
        <translation>suspected transmission fault (the whole EPE does not answer)</translation>
    </message>
    <message>
        <source>suspected equipment fault (some cameras down, others answer)</source>
        <translation>suspected equipment fault (some cameras down, others answer)</translation>
    </message>
    <message>
        <source>No mandatory-online camera is registered.</source>
        <translation>No mandatory-online camera is registered.</translation>
    </message>
    <message>
        <source>Interruption opened: {epe}, cameras {cameras}, {kind}, due {due}</source>
        <translation>Interruption opened: {epe}, cameras {cameras}, {kind}, due {due}</translation>
    </message>
    <message>
        <source>No EPE named {name}.</source>
        <translation>No EPE named {name}.</translation>
    </message>
    <message>
        <source>judge overdue on this day (default: today)</source>
        <translation>judge overdue on this day (default: today)</translation>
    </message>
    <message>
        <source>as CSV</source>
        <translation>as CSV</translation>
    </message>
    <message>
        <source>add today's status note; PIN from stdin</source>
        <translation>add today's status note; PIN from stdin</translation>
    </message>
    <message>
        <source>close with a note once the cameras work again; PIN from stdin</source>
        <translation>close with a note once the cameras work again; PIN from stdin</translation>
    </message>
    <message>
        <source>record the EPE's written reason and new date; PIN from stdin</source>
        <translation>record the EPE's written reason and new date; PIN from stdin</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Began</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Extended to</source>
        <translation>Extended to</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>Last follow-up</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No interruptions.</source>
        <translation>No interruptions.</translation>
    </message>
    <message>
        <source>Give the cameras as diagram numbers, e.g. 1,3.</source>
        <translation>Give the cameras as diagram numbers, e.g. 1,3.</translation>
    </message>
    <message>
        <source>Write the start as YYYY-MM-DD HH:MM (Vietnamese time).</source>
        <translation>Write the start as YYYY-MM-DD HH:MM (Vietnamese time).</translation>
    </message>
    <message>
        <source>Opened {id}: {epe}, cameras {cameras}, due {due}.</source>
        <translation>Opened {id}: {epe}, cameras {cameras}, due {due}.</translation>
    </message>
    <message>
        <source>Extended {id} to {date}; the deadline stays {due}.</source>
        <translation>Extended {id} to {date}; the deadline stays {due}.</translation>
    </message>
    <message>
        <source>Follow-up recorded for {id}.</source>
        <translation>Follow-up recorded for {id}.</translation>
    </message>
    <message>
        <source>Closed {id}.</source>
        <translation>Closed {id}.</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <source>Write {what} as YYYY-MM-DD.</source>
        <translation>Write {what} as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No EPE named {epe} in the registry.</source>
        <translation>No EPE named {epe} in the registry.</translation>
    </message>
    <message>
        <source>cameras {numbers}</source>
        <translation>cameras {numbers}</translation>
    </message>
    <message>
        <source>began {time}</source>
        <translation>began {time}</translation>
    </message>
    <message>
        <source>extended to {date}</source>
        <translation>extended to {date}</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>unrecognized arguments (not repeated: passwords never go in arguments)</source>
        <translation>unrecognized arguments (not repeated: passwords never go in arguments)</translation>
    </message>
    <message>
        <source>Video wall for customs supervision of EPE cameras (Decision 247/QĐ-TCHQ).</source>
        <translation>Video wall for customs supervision of EPE cameras (Decision 247/QĐ-TCHQ).</translation>
    </message>
    <message>
        <source>UI language (default: setting, vi)</source>
        <translation>UI language (default: setting, vi)</translation>
    </message>
    <message>
        <source>also log to stderr</source>
        <translation>also log to stderr</translation>
    </message>
    <message>
        <source>put the --wall or --tour before it on screen N (counted from 1)</source>
        <translation>put the --wall or --tour before it on screen N (counted from 1)</translation>
    </message>
    <message>
        <source>run this saved tour full screen (for unattended wall PCs); each --wall then opens in a window of its own</source>
        <translation>run this saved tour full screen (for unattended wall PCs); each --wall then opens in a window of its own</translation>
    </message>
    <message>
        <source>start the simulated EPE site and open epewall on it</source>
        <translation>start the simulated EPE site and open epewall on it</translation>
    </message>
    <message>
        <source>argument {name}: give the --wall or --tour NAME it places just before it</source>
        <translation>argument {name}: give the --wall or --tour NAME it places just before it</translation>
    </message>
    <message>
        <source>EPE {epe} (all cameras and ONVIF): {mode}</source>
        <translation>EPE {epe} (all cameras and ONVIF): {mode}</translation>
    </message>
    <message>
        <source>EPE {epe} camera {camera}: {mode}</source>
        <translation>EPE {epe} camera {camera}: {mode}</translation>
    </message>
    <message>
        <source>run the simulated EPE site until interrupted</source>
        <translation>run the simulated EPE site until interrupted</translation>
    </message>
    <message>
        <source>write the site description JSON here</source>
        <translation>write the site description JSON here</translation>
    </message>
    <message>
        <source>site configuration JSON (default: the built-in demo site)</source>
        <translation>site configuration JSON (default: the built-in demo site)</translation>
    </message>
    <message>
        <source>EPE and camera registry</source>
        <translation>EPE and camera registry</translation>
    </message>
    <message>
        <source>import EPEs and cameras from a CSV file</source>
        <translation>import EPEs and cameras from a CSV file</translation>
    </message>
    <message>
        <source>check the file, change nothing</source>
        <translation>check the file, change nothing</translation>
    </message>
    <message>
        <source>Nothing is recorded yet in that span of {day}.</source>
        <translation>Nothing is recorded yet in that span of {day}.</translation>
    </message>
    <message>
        <source>{value} is not a time; write it as HH:MM.</source>
        <translation>{value} is not a time; write it as HH:MM.</translation>
    </message>
    <message>
        <source>open this saved wall full screen (for unattended wall PCs); repeat with --screen for a wall on each screen</source>
        <translation>open this saved wall full screen (for unattended wall PCs); repeat with --screen for a wall on each screen</translation>
    </message>
    <message>
        <source>export EPEs and cameras as CSV (no passwords)</source>
        <translation>export EPEs and cameras as CSV (no passwords)</translation>
    </message>
    <message>
        <source>file to write (default: standard output)</source>
        <translation>file to write (default: standard output)</translation>
    </message>
    <message>
        <source>list EPEs and their cameras</source>
        <translation>list EPEs and their cameras</translation>
    </message>
    <message>
        <source>EPE accounts in the OS keyring</source>
        <translation>EPE accounts in the OS keyring</translation>
    </message>
    <message>
        <source>store an EPE's account; password from stdin/prompt</source>
        <translation>store an EPE's account; password from stdin/prompt</translation>
    </message>
    <message>
        <source>say whether a password is stored, and where</source>
        <translation>say whether a password is stored, and where</translation>
    </message>
    <message>
        <source>delete an EPE's stored password</source>
        <translation>delete an EPE's stored password</translation>
    </message>
    <message>
        <source>checks done and planned per EPE for a month</source>
        <translation>checks done and planned per EPE for a month</translation>
    </message>
    <message>
        <source>YYYY-MM (default: this month, Vietnamese time)</source>
        <translation>YYYY-MM (default: this month, Vietnamese time)</translation>
    </message>
    <message>
        <source>only EPEs of this risk level (repeatable)</source>
        <translation>only EPEs of this risk level (repeatable)</translation>
    </message>
    <message>
        <source>the month view as CSV</source>
        <translation>the month view as CSV</translation>
    </message>
    <message>
        <source>every check of the month as CSV</source>
        <translation>every check of the month as CSV</translation>
    </message>
    <message>
        <source>the tamper-evident check log and its exchange files</source>
        <translation>the tamper-evident check log and its exchange files</translation>
    </message>
    <message>
        <source>check that the log was not altered, cut or rewritten; seal it</source>
        <translation>check that the log was not altered, cut or rewritten; seal it</translation>
    </message>
    <message>
        <source>a log file this workstation exported: its sealed head must still be here</source>
        <translation>a log file this workstation exported: its sealed head must still be here</translation>
    </message>
    <message>
        <source>write an officer's month as a signed log file; PIN from stdin/prompt</source>
        <translation>write an officer's month as a signed log file; PIN from stdin/prompt</translation>
    </message>
    <message>
        <source>YYYY-MM (default: this month)</source>
        <translation>YYYY-MM (default: this month)</translation>
    </message>
    <message>
        <source>the whole workstation's month (team leads)</source>
        <translation>the whole workstation's month (team leads)</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>the file to write</translation>
    </message>
    <message>
        <source>add other workstations' log files (team leads); PIN from stdin/prompt</source>
        <translation>add other workstations' log files (team leads); PIN from stdin/prompt</translation>
    </message>
    <message>
        <source>the team key that signs log files</source>
        <translation>the team key that signs log files</translation>
    </message>
    <message>
        <source>new: create one to share; set: store the team's (stdin/prompt); show: its fingerprint</source>
        <translation>new: create one to share; set: store the team's (stdin/prompt); show: its fingerprint</translation>
    </message>
    <message>
        <source>these arguments are required: {names}</source>
        <translation>these arguments are required: {names}</translation>
    </message>
    <message>
        <source>argument {name}: a value is missing</source>
        <translation>argument {name}: a value is missing</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>argument {name}: cannot be used together with the other one</source>
        <translation>argument {name}: cannot be used together with the other one</translation>
    </message>
    <message>
        <source>argument {name}: invalid value</source>
        <translation>argument {name}: invalid value</translation>
    </message>
    <message>
        <source>invalid command line</source>
        <translation>invalid command line</translation>
    </message>
    <message>
        <source>take a camera or a whole EPE of a running site down, or up again</source>
        <translation>take a camera or a whole EPE of a running site down, or up again</translation>
    </message>
    <message>
        <source>the running site's description</source>
        <translation>the running site's description</translation>
    </message>
    <message>
        <source>the camera's diagram number (leave out: the whole EPE and its ONVIF device)</source>
        <translation>the camera's diagram number (leave out: the whole EPE and its ONVIF device)</translation>
    </message>
    <message>
        <source>refused: connections refused; silent: accepted, never answered; wrong_account: 401 to the right account; no_picture: answers, sends no picture; none: back up</source>
        <translation>refused: connections refused; silent: accepted, never answered; wrong_account: 401 to the right account; no_picture: answers, sends no picture; none: back up</translation>
    </message>
    <message>
        <source>write the customs file of a simulated EPE's gate traffic for a day, with planted discrepancies (and OUT.truth.json saying which)</source>
        <translation>write the customs file of a simulated EPE's gate traffic for a day, with planted discrepancies (and OUT.truth.json saying which)</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>the day</translation>
    </message>
    <message>
        <source>the customs file to write</source>
        <translation>the customs file to write</translation>
    </message>
    <message>
        <source>list the outages of a running site</source>
        <translation>list the outages of a running site</translation>
    </message>
    <message>
        <source>No outage: every camera and ONVIF device of the site answers.</source>
        <translation>No outage: every camera and ONVIF device of the site answers.</translation>
    </message>
    <message>
        <source>{count} documents for {passages} vehicles written to {path}; the plants: {truth}</source>
        <translation>{count} documents for {passages} vehicles written to {path}; the plants: {truth}</translation>
    </message>
    <message>
        <source>No EPE {epe} in {path}.</source>
        <translation>No EPE {epe} in {path}.</translation>
    </message>
    <message>
        <source>{epe} has no gate traffic in {path} (its 'gate_traffic' object).</source>
        <translation>{epe} has no gate traffic in {path} (its 'gate_traffic' object).</translation>
    </message>
    <message>
        <source>{text} is not a date as YYYY-MM-DD</source>
        <translation>{text} is not a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Cannot use the site configuration {path}: {reason}</source>
        <translation>Cannot use the site configuration {path}: {reason}</translation>
    </message>
    <message>
        <source>Too few vehicles with a container pass {epe}'s gate on {day}.</source>
        <translation>Too few vehicles with a container pass {epe}'s gate on {day}.</translation>
    </message>
    <message>
        <source>{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)</source>
        <translation>{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)</translation>
    </message>
    <message>
        <source>print the versions of epewall, Qt, libVLC, PyAV/FFmpeg and the keyring, and exit</source>
        <translation>print the versions of epewall, Qt, libVLC, PyAV/FFmpeg and the keyring, and exit</translation>
    </message>
    <message>
        <source>the device</source>
        <translation>the device</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>device warnings: motion, tampering, video loss</source>
        <translation>device warnings: motion, tampering, video loss</translation>
    </message>
    <message>
        <source>the stored warnings, newest first</source>
        <translation>the stored warnings, newest first</translation>
    </message>
    <message>
        <source>only warnings from this moment on (Vietnamese time)</source>
        <translation>only warnings from this moment on (Vietnamese time)</translation>
    </message>
    <message>
        <source>only the warnings not yet resolved</source>
        <translation>only the warnings not yet resolved</translation>
    </message>
    <message>
        <source>subscribe to every EPE device for a while and print its warnings</source>
        <translation>subscribe to every EPE device for a while and print its warnings</translation>
    </message>
    <message>
        <source>how long to listen</source>
        <translation>how long to listen</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message>
        <source>--seconds: between 1 and 86400.</source>
        <translation>--seconds: between 1 and 86400.</translation>
    </message>
    <message>
        <source>"{text}" is not a moment: write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 17:30.</source>
        <translation>"{text}" is not a moment: write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 17:30.</translation>
    </message>
    <message>
        <source>camera {number}</source>
        <translation>camera {number}</translation>
    </message>
    <message>
        <source>Listening to {count} devices for {seconds:g} s.</source>
        <translation>Listening to {count} devices for {seconds:g} s.</translation>
    </message>
    <message>
        <source>{epe}: not watched: {reason}</source>
        <translation>{epe}: not watched: {reason}</translation>
    </message>
    <message>
        <source>{epe}: {state}, {subscriptions} subscriptions</source>
        <translation>{epe}: {state}, {subscriptions} subscriptions</translation>
    </message>
</context>
</TS>
