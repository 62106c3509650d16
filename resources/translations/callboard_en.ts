<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertCondition</name>
    <message numerus="yes">
        <source>%n calls failed with %3 in the last %1 min (limit %2)</source>
        <translation>
            <numerusform>%n call failed with %3 in the last %1 min (limit %2)</numerusform>
            <numerusform>%n calls failed with %3 in the last %1 min (limit %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calls in the last %1 min with %3 = %4 (limit %2)</source>
        <translation>
            <numerusform>%n call in the last %1 min with %3 = %4 (limit %2)</numerusform>
            <numerusform>%n calls in the last %1 min with %3 = %4 (limit %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignRows</name>
    <message numerus="yes">
        <source>%Ln calls · %1 live · %2 % connected</source>
        <translation>
            <numerusform>%Ln call · %1 live · %2 % connected</numerusform>
            <numerusform>%Ln calls · %1 live · %2 % connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation>
            <numerusform>updated %n h ago</numerusform>
            <numerusform>updated %n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation>
            <numerusform>updated %n min ago</numerusform>
            <numerusform>updated %n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation>
            <numerusform>updated %n s ago</numerusform>
            <numerusform>updated %n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation>
            <numerusform>retrying in %n s</numerusform>
            <numerusform>retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited by DialNexa — retrying in %n s</source>
        <translation>
            <numerusform>Rate limited by DialNexa — retrying in %n s</numerusform>
            <numerusform>Rate limited by DialNexa — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connection lost — retrying in %n s</source>
        <translation>
            <numerusform>Connection lost — retrying in %n s</numerusform>
            <numerusform>Connection lost — retrying in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>%n d ago</numerusform>
            <numerusform>%n d ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::AgentDurationChart</name>
    <message numerus="yes">
        <source>%1
Mean %2 over %n connected call(s)</source>
        <translation>
            <numerusform>%1
Mean %2 over %n connected call</numerusform>
            <numerusform>%1
Mean %2 over %n connected calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n connected call(s)</source>
        <translation>
            <numerusform>%1: mean %2 over %n connected call</numerusform>
            <numerusform>%1: mean %2 over %n connected calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::AlertPresenter</name>
    <message numerus="yes">
        <source>⚠ %n alerts — %1</source>
        <translation>
            <numerusform>⚠ Alert — %1</numerusform>
            <numerusform>⚠ %n alerts — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisTile</name>
    <message numerus="yes">
        <source>most common of %n calls</source>
        <translation>
            <numerusform>most common of %n call</numerusform>
            <numerusform>most common of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %n calls</source>
        <translation>
            <numerusform>mean of %n call</numerusform>
            <numerusform>mean of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n calls</source>
        <translation>
            <numerusform>in %n call</numerusform>
            <numerusform>in %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yes in %1 of %n calls</source>
        <translation>
            <numerusform>yes in %1 of %n call</numerusform>
            <numerusform>yes in %1 of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a date or time in %n calls</source>
        <translation>
            <numerusform>a date or time in %n call</numerusform>
            <numerusform>a date or time in %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::AppController</name>
    <message numerus="yes">
        <source>%1
This board tries again every %n minutes.</source>
        <translation>
            <numerusform>%1
This board tries again every minute.</numerusform>
            <numerusform>%1
This board tries again every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Store the key in this account&apos;s system keychain (Callboard&apos;s Settings in a desktop session): this board looks for it every %n minutes. A key given as CALLBOARD_API_KEY needs the board restarted.</source>
        <translation>
            <numerusform>Store the key in this account&apos;s system keychain (Callboard&apos;s Settings in a desktop session): this board looks for it every minute. A key given as CALLBOARD_API_KEY needs the board restarted.</numerusform>
            <numerusform>Store the key in this account&apos;s system keychain (Callboard&apos;s Settings in a desktop session): this board looks for it every %n minutes. A key given as CALLBOARD_API_KEY needs the board restarted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Ask an administrator to store a valid key for this display: one in the keychain is picked up within %n minutes; CALLBOARD_API_KEY needs the board restarted.</source>
        <translation>
            <numerusform>%1
Ask an administrator to store a valid key for this display: one in the keychain is picked up within a minute; CALLBOARD_API_KEY needs the board restarted.</numerusform>
            <numerusform>%1
Ask an administrator to store a valid key for this display: one in the keychain is picked up within %n minutes; CALLBOARD_API_KEY needs the board restarted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved views cannot be read (View › Saved views)</source>
        <translation>
            <numerusform>A saved view cannot be read (View › Saved views)</numerusform>
            <numerusform>%n saved views cannot be read (View › Saved views)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::CallCardView</name>
    <message numerus="yes">
        <source>%n new calls ↑</source>
        <translation>
            <numerusform>%n new call ↑</numerusform>
            <numerusform>%n new calls ↑</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::CampaignsView</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::DurationOverTimeChart</name>
    <message numerus="yes">
        <source>%1: %n call(s)</source>
        <translation>
            <numerusform>%1: %n call</numerusform>
            <numerusform>%1: %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (so far): %n call(s)</source>
        <translation>
            <numerusform>%1 (so far): %n call</numerusform>
            <numerusform>%1 (so far): %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::KioskWindow</name>
    <message numerus="yes">
        <source>%n alerts — %1</source>
        <translation>
            <numerusform>Alert — %1</numerusform>
            <numerusform>%n alerts — %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::OneShot</name>
    <message numerus="yes">
        <source>no complete sync within %n s</source>
        <translation>
            <numerusform>no complete sync within %n s</numerusform>
            <numerusform>no complete sync within %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::PinPrompt</name>
    <message numerus="yes">
        <source>Too many wrong tries: wait %n s</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n s</numerusform>
            <numerusform>Too many wrong tries: wait %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN — %n tries left</source>
        <translation>
            <numerusform>Wrong PIN — %n try left</numerusform>
            <numerusform>Wrong PIN — %n tries left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::RecordingDownload</name>
    <message numerus="yes">
        <source>no answer within %n seconds</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::SettingsDialog</name>
    <message numerus="yes">
        <source>Last %n hours</source>
        <translation>
            <numerusform>Last hour</numerusform>
            <numerusform>Last %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected — %n calls visible today</source>
        <translation>
            <numerusform>Connected — %n call visible today</numerusform>
            <numerusform>Connected — %n calls visible today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::WorkspaceBar</name>
    <message numerus="yes">
        <source> · ⚠ %n alerts</source>
        <translation>
            <numerusform> · ⚠ %n alert</numerusform>
            <numerusform> · ⚠ %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>callboard::WorkspaceOverviewWindow</name>
    <message numerus="yes">
        <source>%n workspace(s)</source>
        <translation>
            <numerusform>%n workspace</numerusform>
            <numerusform>%n workspaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not up to date</source>
        <translation>
            <numerusform>%n not up to date</numerusform>
            <numerusform>%n not up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
</context>
</TS>
