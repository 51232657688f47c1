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
        <source>not found</source>
        <translation>not found</translation>
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
    <name>Application</name>
    <message>
        <source>epewall: unexpected error</source>
        <translation>epewall: unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong and the last action may not have finished. You can keep working; if it happens again, send the log file to your IT support:
%1</source>
        <translation>Something went wrong and the last action may not have finished. You can keep working; if it happens again, send the log file to your IT support:
%1</translation>
    </message>
    <message>
        <source>epewall cannot start</source>
        <translation>epewall cannot start</translation>
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
        <source>* required</source>
        <translation>* required</translation>
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
    <name>SimSite</name>
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
        <source>Simulated EPE site running (process {pid}).</source>
        <translation>Simulated EPE site running (process {pid}).</translation>
    </message>
    <message>
        <source>Description with the test accounts: {path} (removed when the site stops).</source>
        <translation>Description with the test accounts: {path} (removed when the site stops).</translation>
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
        <source>Search EPE, tax ID or camera</source>
        <translation>Search EPE, tax ID or camera</translation>
    </message>
    <message>
        <source>%1 must be online with customs (Decision 247, I.1.2)</source>
        <translation>%1 must be online with customs (Decision 247, I.1.2)</translation>
    </message>
    <message>
        <source>EPE / camera</source>
        <translation>EPE / camera</translation>
    </message>
    <message>
        <source>Tax ID / position</source>
        <translation>Tax ID / position</translation>
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
        <source>The file {path} does not exist.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the CSV file inside it.</source>
        <translation>{path} is a folder; give the CSV file inside it.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: permission denied.</source>
        <translation>The file {path} cannot be read: permission denied.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>The file {path} cannot be read ({reason}).</translation>
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
        <source>The file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</source>
        <translation>The file cannot be read as CSV from here on (a quotation mark is not closed, or a stray one is inside a value).</translation>
    </message>
    <message>
        <source>Column {number} has values but no header.</source>
        <translation>Column {number} has values but no header.</translation>
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
    <name>StreamFailure</name>
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
</context>
<context>
    <name>TileWidget</name>
    <message>
        <source>{epe} · Camera {number} · {position}</source>
        <translation>{epe} · Camera {number} · {position}</translation>
    </message>
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
        <source>Reconnecting in {0} s — {1}</source>
        <translation>Reconnecting in {0} s — {1}</translation>
    </message>
    <message>
        <source>Failed: {0} — retry in {1} s</source>
        <translation>Failed: {0} — retry in {1} s</translation>
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
        <source>{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)</source>
        <translation>{name} (tax ID {tax_id}, risk: {risk}): %n camera(s)</translation>
    </message>
</context>
</TS>
