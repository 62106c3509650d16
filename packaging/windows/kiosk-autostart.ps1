# Starts the Callboard kiosk board at login on Windows: a shortcut in the Startup folder.
# The installer's "Start in kiosk mode at login" option does the same for you; this script is
# for a display set up by hand or by a deployment tool.
#
#   powershell -ExecutionPolicy Bypass -File kiosk-autostart.ps1              # this user
#   powershell -ExecutionPolicy Bypass -File kiosk-autostart.ps1 -AllUsers    # everyone (admin)
#   powershell -ExecutionPolicy Bypass -File kiosk-autostart.ps1 -Remove
#
# The API key: log in as the display's user once, open Settings and enter it (it goes to the
# Windows Credential Manager). Never put it in the config file or the shortcut.
param(
    [switch]$AllUsers,
    [switch]$Remove,
    [string]$Config = "$env:ProgramData\Callboard\kiosk.ini",
    [string]$Exe = "$env:ProgramFiles\Callboard\bin\callboard.exe"
)
$ErrorActionPreference = 'Stop'

$folder = if ($AllUsers) { [Environment]::GetFolderPath('CommonStartup') }
          else { [Environment]::GetFolderPath('Startup') }
$link = Join-Path $folder 'Callboard kiosk.lnk'

if ($Remove) {
    Remove-Item -LiteralPath $link -ErrorAction SilentlyContinue
    Write-Output "removed $link"
    exit 0
}
if (-not (Test-Path -LiteralPath $Exe)) { throw "callboard.exe not found at $Exe (use -Exe)" }

$arguments = '--kiosk'
if (Test-Path -LiteralPath $Config) { $arguments += " --config `"$Config`"" }

$shell = New-Object -ComObject WScript.Shell
$shortcut = $shell.CreateShortcut($link)
$shortcut.TargetPath = $Exe
$shortcut.Arguments = $arguments
$shortcut.WorkingDirectory = Split-Path -Parent $Exe
$shortcut.Description = 'Callboard kiosk wall display'
$shortcut.Save()
Write-Output "created $link -> $Exe $arguments"
