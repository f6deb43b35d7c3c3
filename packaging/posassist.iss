; Inno Setup script of POS Assist for Windows (Inno Setup 6.3 or newer: x64compatible).
;
; Packs the PyInstaller bundle (dist\posassist\, from packaging\posassist.spec) into
;   packaging\out\posassist-<version>-setup.exe
; Build it with packaging\build_windows.ps1, which runs PyInstaller first and then
;   ISCC.exe /DAppVersion=<version> /DBundleDir=<dist\posassist> packaging\posassist.iss
;
; What the installer does:
;   - installs for the current user, without administrator rights, into
;     %LOCALAPPDATA%\Programs\POS Assist ({autopf} in per-user mode); the privileges
;     dialog still offers "install for all users" (Program Files) to an administrator;
;   - a Start-menu shortcut, and a desktop shortcut (a task, ticked by default);
;   - English and Chinese (Simplified) installer; Setup picks the one of the Windows UI
;     language and asks when neither matches;
;   - uninstalling removes the program files only: the user's case file and log stay in
;     %LOCALAPPDATA%\POSAssist (platformdirs' user data folder, never under {app}).
;
; Chinese (Simplified): ChineseSimplified.isl is a user-contributed ("unofficial")
; translation of Inno Setup's messages that older Inno Setup releases do not ship.
; Get it from the Inno Setup translations page (https://jrsoftware.org/files/istrans/,
; maintained at https://github.com/kira-96/Inno-Setup-Chinese-Simplified-Translation),
; for the Inno Setup version you use, and either
;   - put it into Inno Setup's Languages\ folder (what its maintainer recommends), or
;   - pass its path: build_windows.ps1 -ChineseIsl C:\path\ChineseSimplified.isl
;     (= ISCC /DChineseIsl=C:\path\ChineseSimplified.isl).
; It is not part of this repository. Newer Inno Setup releases that ship it in
; Languages\ are found without either step.

#define AppName "POS Assist"
#define AppExeName "posassist.exe"
#define AppPublisher "POS Assist developers"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\dist\posassist"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "out"
#endif

#ifndef ChineseIsl
  #if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
  #elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
  #elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
    #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
  #else
    #error ChineseSimplified.isl not found: get it from https://jrsoftware.org/files/istrans/ and put it into Inno Setup's Languages folder, or pass /DChineseIsl=PATH (see the top of this script)
  #endif
#endif

#if !FileExists(AddBackslash(BundleDir) + AppExeName)
  #error No posassist.exe in BundleDir: run PyInstaller with packaging\posassist.spec first (build_windows.ps1 does)
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{78F5ADD0-D342-4C92-9C55-5826930A74A6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per user by default: {autopf} is %LOCALAPPDATA%\Programs without admin rights.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and 11.
MinVersion=10.0
SetupIconFile={#SourcePath}..\resources\icons\posassist.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=posassist-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"

[CustomMessages]
english.AppComment=Stop and close out a card-payment POS terminal, step by step, and keep the proof
chinesesimplified.AppComment=一步步停用、注销刷卡POS机，并保存凭证

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#SourcePath}..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion skipifsourcedoesntexist

[InstallDelete]
; An upgrade replaces the bundle whole: no stale libraries of an older Qt stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes what it installed and
; nothing else. The case file (%LOCALAPPDATA%\POSAssist\posassist.sqlite3) belongs to
; the user and stays.
