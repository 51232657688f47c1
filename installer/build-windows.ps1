<#
.SYNOPSIS
Builds epewall for Windows 10/11 x64: the one-folder program with libVLC beside it, then the
Inno Setup installer.

.DESCRIPTION
Run from a checkout of the repository, on Windows 10 or 11 x64 with Python 3.11 64-bit installed
(python.org's installer; the "py" launcher finds it) and, for the installer, Inno Setup 6.5 or
later:

    powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1

Steps, each stopping the build with a message when it fails:
  1. a virtual environment in .venv with the project and its "package" extra (PyInstaller);
  2. the version resource and the icon (installer\windows_version.py, installer\icons.py);
  3. PyInstaller runs installer\epewall.spec, the same spec as on Linux: dist\epewall\epewall.exe;
  4. VLC 3.0.21 win64 (zip) is downloaded from VideoLAN, its SHA-256 checked against the value
     pinned below (a mismatch stops the build), and libvlc.dll, libvlccore.dll and plugins\ are
     copied to dist\epewall\vlc\, where the program points python-vlc (app\media\vlc_locate.py);
  5. dist\epewall\epewall.exe --version must exit 0 and name this libVLC;
  6. Inno Setup's ISCC compiles installer\epewall.iss into dist\epewall-<version>-setup.exe
     (skipped, with a message, when Inno Setup is not installed).
Downloads are kept in build\downloads\ so that a second build needs no network.

.PARAMETER Python
The Python 3.11 x64 interpreter that makes the virtual environment (default: "py -3.11").

.PARAMETER VlcZip
An already downloaded vlc-3.0.21-win64.zip; it is checked against the same SHA-256.

.PARAMETER SkipInstaller
Build and check the program folder only, without the Inno Setup installer.

.PARAMETER EnglishOnlySetup
Do not download Inno Setup's Vietnamese messages: the installer speaks English only.
#>
[CmdletBinding()]
param(
    [string]$Python = '',
    [string]$VlcZip = '',
    [switch]$SkipInstaller,
    [switch]$EnglishOnlySetup
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
# Invoke-WebRequest in Windows PowerShell 5.1 is many times slower while it draws progress.
$ProgressPreference = 'SilentlyContinue'

# --- Pinned downloads -------------------------------------------------------------------------
# VLC 3.0.21 for 64-bit Windows, the zip (not the installer) from VideoLAN's own server.
# Where the SHA-256 comes from: VideoLAN publishes it beside the file as
# vlc-3.0.21-win64.zip.sha256; the value below is the one that several independent public build
# scripts pin for this exact URL (found with a code search; they agree, and one also pins the size
# 77665682 bytes). It was NOT computed here: this Debian machine cannot download the zip. Compare
# it once with VideoLAN's .sha256 file when you first build; never change it to whatever a
# download gives.
$VlcVersion = '3.0.21'
$VlcUrl = "https://download.videolan.org/pub/videolan/vlc/$VlcVersion/win64/vlc-$VlcVersion-win64.zip"
$VlcSha256 = 'a0b7ec02b50adf6417eed014fb8df50af39690505a4225b85b3dc2ed17d14843'
$VlcFolderInZip = "vlc-$VlcVersion"

# Inno Setup's unofficial Vietnamese messages (Inno Setup does not install the unofficial ones),
# at the commit of the is-6_7_3 release tag of jrsoftware/issrc. The SHA-256 was computed here
# from that commit's file.
$IslUrl = 'https://raw.githubusercontent.com/jrsoftware/issrc/4adf37ed7f3fd2bd11c6836ba056e3de170fbabf/Files/Languages/Unofficial/Vietnamese.isl'
$IslSha256 = '826bc509b612d96ccfec89b81956640a3b56b547d194404e5ff95ae1a85babf0'

# --- Helpers ----------------------------------------------------------------------------------
$Root = Split-Path -Parent $PSScriptRoot
Set-Location -LiteralPath $Root
$Build = Join-Path $Root 'build'
$Downloads = Join-Path $Build 'downloads'
$Dist = Join-Path $Root 'dist\epewall'
$Clock = [System.Diagnostics.Stopwatch]::StartNew()

function Write-Step([string]$Text) {
    Write-Host ''
    Write-Host ("==> [{0,5:N0} s] {1}" -f $Clock.Elapsed.TotalSeconds, $Text) -ForegroundColor Cyan
}

# A native program's failure is an exit code, which $ErrorActionPreference does not see.
function Invoke-Native([string]$What, [string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed (exit code $LASTEXITCODE): $Exe $($Arguments -join ' ')"
    }
}

# The first line a native program prints, trimmed; it must exit 0 and print something.
function Get-NativeLine([string]$What, [string]$Exe, [string[]]$Arguments) {
    $lines = @(& $Exe @Arguments)
    if ($LASTEXITCODE -ne 0) {
        throw "$What failed (exit code $LASTEXITCODE): $Exe $($Arguments -join ' ')"
    }
    $first = @($lines | Where-Object { "$_".Trim() } | Select-Object -First 1)
    if ($first.Count -eq 0) { throw "$What printed nothing: $Exe $($Arguments -join ' ')" }
    return "$($first[0])".Trim()
}

function Get-Sha256([string]$Path) {
    return (Get-FileHash -LiteralPath $Path -Algorithm SHA256).Hash.ToLowerInvariant()
}

# Downloads $Url to $Target unless a file with the pinned hash is already there; a file whose
# hash differs is never used (and never kept, unless the user gave it).
function Get-PinnedFile([string]$Url, [string]$Target, [string]$Sha256) {
    if (Test-Path -LiteralPath $Target) {
        if ((Get-Sha256 $Target) -eq $Sha256) {
            Write-Host "    already downloaded: $Target"
            return
        }
        Remove-Item -LiteralPath $Target -Force
    }
    New-Item -ItemType Directory -Force -Path (Split-Path -Parent $Target) | Out-Null
    $partial = "$Target.part"
    Write-Host "    downloading $Url"
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
    try {
        Invoke-WebRequest -Uri $Url -OutFile $partial -UseBasicParsing
    } catch {
        if (Test-Path -LiteralPath $partial) { Remove-Item -LiteralPath $partial -Force }
        throw "Could not download $Url : $($_.Exception.Message)"
    }
    $actual = Get-Sha256 $partial
    if ($actual -ne $Sha256) {
        Remove-Item -LiteralPath $partial -Force
        throw "SHA-256 mismatch for $Url`n  expected $Sha256`n  got      $actual`nThe file was deleted; the build stops. Do not change the pinned value to make this pass."
    }
    Move-Item -LiteralPath $partial -Destination $Target -Force
}

function Find-Iscc {
    if ($env:ISCC -and (Test-Path -LiteralPath $env:ISCC)) { return $env:ISCC }
    $onPath = Get-Command 'ISCC.exe' -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Path }
    $candidates = @()
    foreach ($base in @(${env:ProgramFiles(x86)}, $env:ProgramFiles, (Join-Path $env:LOCALAPPDATA 'Programs'))) {
        if ($base) { $candidates += (Join-Path $base 'Inno Setup 6\ISCC.exe') }
    }
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate) { return $candidate }
    }
    return $null
}

# --- 0. Python 3.11, 64-bit -------------------------------------------------------------------
Write-Step 'Checking Python 3.11 (64-bit)'
if (-not $Python) {
    $launcher = Get-Command 'py.exe' -ErrorAction SilentlyContinue
    if (-not $launcher) {
        throw 'The "py" launcher was not found. Install Python 3.11 64-bit from python.org, or pass -Python C:\path\to\python.exe'
    }
    $Python = Get-NativeLine 'Finding Python 3.11 with "py -3.11" (is Python 3.11 64-bit installed?)' $launcher.Path @('-3.11', '-c', 'import sys; print(sys.executable)')
}
if (-not (Test-Path -LiteralPath $Python)) { throw "No Python at $Python." }
$check = Get-NativeLine "Asking $Python its version" $Python @('-c', 'import sys; print(sys.version_info[:2] == (3, 11) and sys.maxsize > 2**32)')
if ($check -ne 'True') {
    throw "$Python is not a 64-bit Python 3.11: epewall needs exactly that (pyproject.toml requires-python, and the 64-bit libVLC)."
}
Write-Host "    $Python"

# --- 1. Virtual environment -------------------------------------------------------------------
Write-Step 'Preparing the virtual environment .venv'
$VenvPython = Join-Path $Root '.venv\Scripts\python.exe'
if (-not (Test-Path -LiteralPath $VenvPython)) {
    Invoke-Native 'Creating the virtual environment' $Python @('-m', 'venv', (Join-Path $Root '.venv'))
}
Invoke-Native 'Upgrading pip' $VenvPython @('-m', 'pip', 'install', '--quiet', '--upgrade', 'pip')
Invoke-Native 'Installing epewall with its package extra' $VenvPython @('-m', 'pip', 'install', '--quiet', '-e', '.[package]')
# The gate reader's OCR engine goes in without its declared dependencies, pinned in one place:
# installer/setup-debian.sh (it would pull a second OpenCV that bundles its own Qt).
$rapid = Select-String -LiteralPath (Join-Path $Root 'installer\setup-debian.sh') -Pattern '^RAPIDOCR="([^"]+)"' | Select-Object -First 1
if (-not $rapid) { throw 'installer\setup-debian.sh no longer pins RAPIDOCR="..."; the build cannot know which version to install.' }
Invoke-Native 'Installing the OCR engine' $VenvPython @('-m', 'pip', 'install', '--quiet', '--no-deps', $rapid.Matches[0].Groups[1].Value)

# --- 2. Version resource and icon -------------------------------------------------------------
Write-Step 'Writing the version resource and the icon'
$Version = Get-NativeLine 'Reading the version (installer\windows_version.py)' $VenvPython @('installer\windows_version.py', '--print', 'version')
$NumericVersion = Get-NativeLine 'Reading the numeric version' $VenvPython @('installer\windows_version.py', '--print', 'numeric')
Invoke-Native 'Writing the version resource' $VenvPython @('installer\windows_version.py', '--write', 'installer\windows_version.txt')
$Icon = Join-Path $Build 'epewall.ico'
Invoke-Native 'Rendering the icon' $VenvPython @('installer\icons.py', '--ico', $Icon)
Write-Host "    epewall $Version ($NumericVersion)"

# --- 3. PyInstaller -----------------------------------------------------------------------------
Write-Step 'Freezing the program (PyInstaller, installer\epewall.spec)'
Invoke-Native 'PyInstaller' $VenvPython @('-m', 'PyInstaller', '--noconfirm', '--clean', '--distpath', (Join-Path $Root 'dist'), '--workpath', (Join-Path $Build 'pyinstaller'), 'installer\epewall.spec')
$Exe = Join-Path $Dist 'epewall.exe'
if (-not (Test-Path -LiteralPath $Exe)) { throw "PyInstaller finished but $Exe is missing." }

# --- 4. libVLC ----------------------------------------------------------------------------------
Write-Step "Bundling libVLC $VlcVersion (SHA-256 checked)"
if ($VlcZip) {
    if (-not (Test-Path -LiteralPath $VlcZip)) { throw "-VlcZip $VlcZip does not exist." }
    $actual = Get-Sha256 $VlcZip
    if ($actual -ne $VlcSha256) {
        throw "SHA-256 mismatch for $VlcZip`n  expected $VlcSha256`n  got      $actual`nThis is not VideoLAN's vlc-$VlcVersion-win64.zip; the build stops."
    }
    $zip = $VlcZip
} else {
    $zip = Join-Path $Downloads "vlc-$VlcVersion-win64.zip"
    Get-PinnedFile $VlcUrl $zip $VlcSha256
}
$unpacked = Join-Path $Build 'vlc-unpacked'
if (Test-Path -LiteralPath $unpacked) { Remove-Item -LiteralPath $unpacked -Recurse -Force }
Expand-Archive -LiteralPath $zip -DestinationPath $unpacked
$vlcSource = Join-Path $unpacked $VlcFolderInZip
foreach ($needed in @('libvlc.dll', 'libvlccore.dll', 'plugins')) {
    if (-not (Test-Path -LiteralPath (Join-Path $vlcSource $needed))) {
        throw "The VLC zip has no $VlcFolderInZip\$needed; is it the win64 zip of VLC $VlcVersion?"
    }
}
$vlcTarget = Join-Path $Dist 'vlc'
if (Test-Path -LiteralPath $vlcTarget) { Remove-Item -LiteralPath $vlcTarget -Recurse -Force }
New-Item -ItemType Directory -Path $vlcTarget | Out-Null
Copy-Item -LiteralPath (Join-Path $vlcSource 'libvlc.dll') -Destination $vlcTarget
Copy-Item -LiteralPath (Join-Path $vlcSource 'libvlccore.dll') -Destination $vlcTarget
Copy-Item -LiteralPath (Join-Path $vlcSource 'plugins') -Destination $vlcTarget -Recurse
# VLC is GPL/LGPL: its licence travels with it.
foreach ($doc in @('COPYING.txt', 'AUTHORS.txt')) {
    $path = Join-Path $vlcSource $doc
    if (Test-Path -LiteralPath $path) { Copy-Item -LiteralPath $path -Destination $vlcTarget }
}
# The plugin cache spares libVLC a scan of ~300 plugins at each start; without it VLC still works.
$cacheGen = Join-Path $vlcSource 'vlc-cache-gen.exe'
if (Test-Path -LiteralPath $cacheGen) {
    & $cacheGen (Join-Path $vlcTarget 'plugins')
    if ($LASTEXITCODE -ne 0) { Write-Warning "vlc-cache-gen failed (exit $LASTEXITCODE): VLC will scan its plugins at start-up." }
}

# --- 5. The frozen program answers ------------------------------------------------------------
Write-Step 'Checking dist\epewall\epewall.exe --version'
# epewall.exe is a GUI program (no console of its own): its output is read through files, in
# UTF-8 (the keyring line may be Vietnamese; a frozen program honours PYTHONUTF8).
$env:PYTHONUTF8 = '1'
$out = Join-Path $Build 'version-check.out.txt'
$err = Join-Path $Build 'version-check.err.txt'
$proc = Start-Process -FilePath $Exe -ArgumentList '--version' -NoNewWindow -Wait -PassThru `
    -RedirectStandardOutput $out -RedirectStandardError $err
$text = if (Test-Path -LiteralPath $out) { Get-Content -LiteralPath $out -Raw -Encoding UTF8 } else { '' }
if ($null -eq $text) { $text = '' }
Write-Host $text
if ($proc.ExitCode -ne 0) {
    $errText = if (Test-Path -LiteralPath $err) { Get-Content -LiteralPath $err -Raw } else { '' }
    throw "epewall.exe --version exited with $($proc.ExitCode).`n$errText"
}
if ($text -notmatch [regex]::Escape("epewall: $Version")) {
    throw "epewall.exe --version did not print 'epewall: $Version'."
}
if ($text -notmatch "libVLC: $([regex]::Escape($VlcVersion))") {
    throw "epewall.exe --version does not show libVLC $VlcVersion: the bundled VLC in dist\epewall\vlc is not the one loaded."
}

# --- 6. Installer ---------------------------------------------------------------------------------
$folderMiB = [math]::Round(((Get-ChildItem -LiteralPath $Dist -Recurse -File | Measure-Object -Property Length -Sum).Sum / 1mb), 1)
if ($SkipInstaller) {
    Write-Step "Done without installer: $Dist ($folderMiB MiB)"
    exit 0
}
$Iscc = Find-Iscc
if (-not $Iscc) {
    Write-Warning 'Inno Setup 6 (ISCC.exe) was not found, so no installer was made. Install Inno Setup 6.5 or later (jrsoftware.org), or set $env:ISCC to its ISCC.exe, and run this script again.'
    Write-Step "Done without installer: $Dist ($folderMiB MiB)"
    exit 0
}
Write-Step "Compiling the installer with $Iscc"
$isccArgs = @("/DMyAppVersion=$Version", "/DMyAppVersionNumeric=$NumericVersion", "/DAppIcon=$Icon")
if (-not $EnglishOnlySetup) {
    $isl = Join-Path $Downloads 'Vietnamese.isl'
    Get-PinnedFile $IslUrl $isl $IslSha256
    $isccArgs += "/DVietnameseIsl=$isl"
}
$isccArgs += (Join-Path $Root 'installer\epewall.iss')
Invoke-Native 'Inno Setup' $Iscc $isccArgs
$Setup = Join-Path $Root "dist\epewall-$Version-setup.exe"
if (-not (Test-Path -LiteralPath $Setup)) { throw "ISCC finished but $Setup is missing." }
$setupMiB = [math]::Round((Get-Item -LiteralPath $Setup).Length / 1mb, 1)
Write-Step "Done: $Setup ($setupMiB MiB); program folder $folderMiB MiB"
