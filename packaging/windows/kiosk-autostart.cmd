@echo off
rem Runs kiosk-autostart.ps1 next to this file with the same arguments (-AllUsers, -Remove).
powershell -NoProfile -ExecutionPolicy Bypass -File "%~dp0kiosk-autostart.ps1" %*
