<#
.SYNOPSIS
  Build the Windows installer of POS Assist: packaging\out\posassist-<version>-setup.exe

.DESCRIPTION
  From a checkout, on Windows 10/11 x64 with Python 3.11 (python.org or `winget install
  Python.Python.3.11`) and Inno Setup 6.3+ (`winget install JRSoftware.InnoSetup`):
    1. copies the sources (without .venv, build, dist, packaging\out) to a scratch folder,
    2. creates a throw-away venv, installs the build requirements of pyproject.toml,
       PyInstaller and POS Assist (`pip install --no-build-isolation .`),
    3. runs PyInstaller with packaging\posassist.spec (one folder, windowed, .ico),
    4. runs ISCC.exe on packaging\posassist.iss.
  Chinese (Simplified) installer messages need ChineseSimplified.isl, an unofficial
  Inno Setup translation that is not in this repository: see the top of posassist.iss.

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1 -ChineseIsl C:\Downloads\ChineseSimplified.isl
#>
param(
    [string]$Python = "",      # default: `py -3.11`, else python.exe on PATH
    [string]$ChineseIsl = "",  # path of ChineseSimplified.isl, if not in Inno Setup's Languages\
    [string]$Iscc = "",        # path of ISCC.exe, if not in the usual places
    [switch]$KeepBuild         # keep the scratch folder
)
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$out = Join-Path $root "packaging\out"
$work = Join-Path ([IO.Path]::GetTempPath()) ("posassist-win-" + [guid]::NewGuid().ToString("N").Substring(0, 8))
New-Item -ItemType Directory -Force -Path $work, $out | Out-Null

function Invoke-Checked([string]$exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe failed with exit code $LASTEXITCODE" }
}

try {
    # 1. sources
    $src = Join-Path $work "src"
    robocopy $root $src /E /NFL /NDL /NJH /NJS /NP `
        /XD .git .venv build dist out __pycache__ _data "*.egg-info" .ruff_cache .pytest_cache | Out-Null
    if ($LASTEXITCODE -ge 8) { throw "robocopy failed ($LASTEXITCODE)" }

    # 2. venv and app
    if ($Python) { $py = @($Python) }
    elseif (Get-Command py -ErrorAction SilentlyContinue) { $py = @("py", "-3.11") }
    else { $py = @("python") }
    $pyArgs = @()
    if ($py.Count -gt 1) { $pyArgs = $py[1..($py.Count - 1)] }
    Invoke-Checked $py[0] ($pyArgs + @("-m", "venv", (Join-Path $work "venv")))
    $vpy = Join-Path $work "venv\Scripts\python.exe"
    $reqs = & $vpy -c "import tomllib,sys; print('\n'.join(tomllib.load(open(sys.argv[1],'rb'))['build-system']['requires']))" (Join-Path $src "pyproject.toml")
    Invoke-Checked $vpy (@("-m", "pip", "install", "--disable-pip-version-check", "-q") + $reqs + @("pyinstaller>=6.10"))
    Invoke-Checked $vpy @("-m", "pip", "install", "--disable-pip-version-check", "-q", "--no-build-isolation", $src)
    Push-Location $work
    try { $version = (& $vpy -c "import posassist; print(posassist.__version__)").Trim() } finally { Pop-Location }

    # 3. PyInstaller (run outside the sources, so that the installed package is analysed)
    Push-Location $work
    try {
        Invoke-Checked (Join-Path $work "venv\Scripts\pyinstaller.exe") @(
            "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", (Join-Path $work "dist"), "--workpath", (Join-Path $work "pyi"),
            (Join-Path $src "packaging\posassist.spec"))
    } finally { Pop-Location }
    $bundle = Join-Path $work "dist\posassist"
    Write-Host ("bundle: {0:N1} MB" -f ((Get-ChildItem $bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB))

    # 4. Inno Setup
    if (-not $Iscc) {
        $candidates = @(
            (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
            (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
            (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"))
        $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
        if (-not $Iscc) { $Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source }
        if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6 (winget install JRSoftware.InnoSetup) or pass -Iscc" }
    }
    $isccArgs = @("/Q", "/DAppVersion=$version", "/DBundleDir=$bundle", "/DOutputDir=$out")
    if ($ChineseIsl) { $isccArgs += "/DChineseIsl=$((Resolve-Path $ChineseIsl).Path)" }
    Invoke-Checked $Iscc ($isccArgs + @((Join-Path $src "packaging\posassist.iss")))
    $setup = Join-Path $out "posassist-$version-setup.exe"
    Write-Host ("installer: {0} ({1:N1} MB)" -f $setup, ((Get-Item $setup).Length / 1MB))
}
finally {
    if ($KeepBuild) { Write-Host "scratch folder kept: $work" }
    else { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }
}
