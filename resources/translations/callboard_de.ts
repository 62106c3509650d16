<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key not allowed to read calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>no API key: set CALLBOARD_API_KEY, or use --demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Live call-monitoring dashboard for DialNexa voice agents.
The API key is read from the OS keychain (Settings) or the CALLBOARD_API_KEY variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against the built-in simulator (no account needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialNexa API base URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls (minimum 2, default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light, dark or contrast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync once, write the files asked for, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: render the window to this PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: write every call to this CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --once: window size (default 1600x1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval needs a whole number of seconds, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be light, dark or contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot, --export-csv and --size go with --once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, for example 1600x1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Badge</name>
    <message>
        <source>No sentiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardSession</name>
    <message>
        <source>cannot start the demo simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardContent</name>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailFormat</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <extracomment>Format of a date in the detail pane (QDate::toString format).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm</source>
        <extracomment>Format of a local date and time in the detail pane (QDateTime::toString format).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <extracomment>Format of a local date and time with seconds in the detail pane.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 s – 2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – 5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 5 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>updated %n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading… page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DialNexa not answering, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach DialNexa, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key rejected: it cannot read call logs; set another in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key rejected: enter a valid API key in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Not updating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✕ Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▲ Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟳ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pick up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System at capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneShot</name>
    <message>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Callboard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://api.dialnexa.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the workspace API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load calls from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::AgentDurationChart</name>
    <message>
        <source>Mean call duration per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean connected duration per agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean duration per agent; click a bar to show that agent&apos;s calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisTile</name>
    <message>
        <source>Analysis field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % true</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>true in %1 of %n calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most common of %n calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean of %n calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n calls</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dates and times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisTilesView</name>
    <message>
        <source>Analysis fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call has post-call analysis yet. Fields appear here as calls are analysed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::AnalysisView</name>
    <message>
        <source>✓ Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::CallCardView</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::CallDetailPane</name>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a call to see its analysis, transcript and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis appears after the call ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis yet: it usually arrives within a minute of the call ending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording link is not https, so Callboard does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript appears when the call ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript: the call was not answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the transcript and timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::CallHeaderView</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started and duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback transcriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the call…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::ChartsPanel</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::DialNexaClient</name>
    <message>
        <source>The base URL is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not carry credentials, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is refused except on this computer (loopback): the API key would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected redirect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::DurationHistogramChart</name>
    <message>
        <source>&lt; 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30–60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–5 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5–10 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 10 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of connected calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected calls by duration; click a bar to show those calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::DurationOverTimeChart</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and mean duration over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buckets of %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One bar per %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per time bucket; click a bar to show those calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::FilterBar</name>
    <message>
        <source>Search ids, numbers, analysis… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only %1 calls (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chart selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart selection — click to remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::FirstRunPage</name>
    <message>
        <source>Welcome to Callboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your DialNexa calls as they happen: connect your workspace&apos;s API key, or look around first with simulated calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter API key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::KeychainSecretStore</name>
    <message>
        <source>Run a Secret Service (GNOME Keyring or KWallet) in the desktop session, or set the CALLBOARD_API_KEY environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the CALLBOARD_API_KEY environment variable instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is reachable: this session has no D-Bus session bus. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain did not answer in time (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the OS keychain was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OS keychain is available on this computer (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain failed (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::KpiStrip</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg / p90 duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top failing end reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::KpiTile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::MainWindow</name>
    <message>
        <source>Callboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading page %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export visible calls as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save board as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards as a &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards as a &amp;grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;analysis tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Callboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Callboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callboard %1
Live call monitoring for DialNexa voice agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data (simulator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export calls as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save board as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::SettingsDialog</name>
    <message>
        <source>Since midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CALLBOARD_API_KEY is set, so it is used instead of a key stored here. A key entered here goes to the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API key to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected — no calls yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected — 1 call visible today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected — %1 calls visible today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the API key in the OS keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your other settings are saved, but the API key could not be stored: %1 Callboard can still use the key until it quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::StatusSentimentChart</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by status and sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by status; click a bar to show those calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by sentiment; click a bar to show those calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sentiment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::SyncEngine</name>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>callboard::TimelineView</name>
    <message>
        <source>No events yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Simulated DialNexa call-logs API on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port (0: any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New calls per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faults to inject, e.g. latency=200,5xx=0.3,429,reset=0.1,truncated=0.1,malformed=0.1,duration_sec,createdAt,bare,unknown_status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key to accept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
