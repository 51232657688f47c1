; epewall's Windows installer, for Inno Setup 6.5 or later (the Vietnamese messages need 6.5).
;
; installer\build-windows.ps1 compiles it after the one-folder program is in dist\epewall\ (with
; libVLC in dist\epewall\vlc\), passing what must come from one place:
;   ISCC /DMyAppVersion=0.1.0 /DMyAppVersionNumeric=0.1.0.0 /DAppIcon=build\epewall.ico
;        [/DVietnameseIsl=build\downloads\Vietnamese.isl] installer\epewall.iss
; MyAppVersion is pyproject.toml's version (installer\windows_version.py --print version), the
; numeric form is Windows' four numbers. The result is dist\epewall-<version>-setup.exe.
;
; Not built on the Debian machine where it was written: reviewed against Inno Setup 6.7's help.

#ifndef MyAppVersion
  #error Pass the version: ISCC /DMyAppVersion=... (installer\build-windows.ps1 reads pyproject.toml)
#endif
#ifndef MyAppVersionNumeric
  #error Pass Windows' four-number version: ISCC /DMyAppVersionNumeric=0.1.0.0
#endif
#ifndef AppIcon
  #error Pass the icon: ISCC /DAppIcon=build\epewall.ico (installer\icons.py --ico makes it)
#endif
#if Ver < EncodeVer(6, 5, 0)
  #error Inno Setup 6.5 or later is needed
#endif

#define MyAppName "epewall"
#define MyAppExeName "epewall.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\epewall"

#ifnexist AddBackslash(DistDir) + MyAppExeName
  #error dist\epewall\epewall.exe is missing: build the program first (installer\build-windows.ps1)
#endif

[Setup]
; AppId names epewall to Windows (Apps & features) and to every later installer, which finds and
; upgrades this installation through it: it is fixed forever, never change or reuse it.
AppId={{139E11BA-F40F-471B-91B4-D5A45CB3CAFB}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
; The setup program's own file properties show the same version as epewall.exe's.
VersionInfoVersion={#MyAppVersionNumeric}
VersionInfoProductName={#MyAppName}
VersionInfoProductTextVersion={#MyAppVersion}
VersionInfoDescription={#MyAppName} Setup
; Per machine, for every officer who logs on to the PC: Program Files, admin rights, no choice.
PrivilegesRequired=admin
DefaultDirName={autopf}\{#MyAppName}
DisableProgramGroupPage=yes
; 64-bit only: the program, Python and libVLC in it are x64 (x64compatible also allows Arm64
; Windows 11, which runs x64 programs).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
WizardStyle=modern
SetupIconFile={#AppIcon}
UninstallDisplayIcon={app}\epewall.ico
UninstallDisplayName={#MyAppName}
; Close a running epewall before its files are replaced (Restart Manager), start it again after.
CloseApplications=yes
RestartApplications=no
; Relative to this script's folder.
OutputDir=..\dist
OutputBaseFilename={#MyAppName}-{#MyAppVersion}-setup
Compression=lzma2/max
SolidCompression=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#ifdef VietnameseIsl
; Inno Setup's unofficial Vietnamese translation (not installed with Inno Setup): the build
; script downloads it pinned by its SHA-256.
Name: "vi"; MessagesFile: "{#VietnameseIsl}"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program: a library the old version had and the new one has not
; must not stay to be loaded. Only inside {app}; never the user's data.
Type: filesandordirs; Name: "{app}\_internal"
Type: filesandordirs; Name: "{app}\vlc"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#AppIcon}"; DestDir: "{app}"; DestName: "epewall.ico"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; IconFilename: "{app}\epewall.ico"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; IconFilename: "{app}\epewall.ico"; Tasks: desktopicon

[Run]
; As the officer who ran Setup, not as the administrator: the registry, settings and keyring
; entries epewall makes at its first start belong to that user.
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; The uninstaller removes what this script installed ({app} and the shortcuts) and nothing else.
; It KEEPS the officers' data on purpose, so there is deliberately no [UninstallDelete] and no
; [Code] here: the registry of EPEs, the hash-chained check log, settings, logs and crash reports
; in each user's %LOCALAPPDATA%\epewall (and %APPDATA%\epewall), and the EPE passwords in Windows
; Credential Manager. They are customs records and accounts, not program files; a reinstall or an
; upgrade finds them again. An administrator who must erase them does so by hand.
