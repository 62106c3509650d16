// AppSettings: Callboard's preferences, typed, over QSettings. Values read back are always
// within bounds, whatever the file holds. The API key is deliberately absent: it lives in
// the OS keychain (SecretStore), never in a settings file.
#pragma once

#include "core/window/BoardWindow.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace callboard {

class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)
public:
    static constexpr int kDefaultIntervalSec = 5;
    static constexpr int kMaxIntervalSec = 3600;
    static constexpr int kMaxBackfillHours = 24 * 7;
    static constexpr int kDefaultCacheRetentionDays = 30;
    static constexpr int kMaxCacheRetentionDays = 365;

    // Uses the given settings (not owned), e.g. the application's default QSettings.
    explicit AppSettings(QSettings *settings);
    // Uses (and owns) an INI file at path: tests point this at a temporary file.
    explicit AppSettings(const QString &iniPath);
    ~AppSettings();

    // A workspace other than the default keeps its connection and alert rules in its own group
    // ("workspace.<id>"); everything else (theme, interval, board window) is the app's.
    void setWorkspaceGroup(const QString &group) { m_group = group; }
    QString workspaceGroup() const { return m_group; }
    QString alertsGroup() const; // "alerts" or "workspace.<id>/alerts"

    QUrl baseUrl() const; // DialNexaClient::defaultBaseUrl() when unset or unreadable
    void setBaseUrl(const QUrl &url);

    // The board sends no API key: a caching proxy at baseUrl adds it (packaging/proxy).
    bool keyless() const;
    void setKeyless(bool keyless);
    // A PEM file of CA certificates trusted for the API host besides the system's (a proxy
    // with a certificate from a private CA); empty = the system's alone.
    QString caFile() const;
    void setCaFile(const QString &path);

    int intervalSec() const; // in [SyncEngine::kMinIntervalSec, kMaxIntervalSec]
    void setIntervalSec(int seconds);

    // The board window: Today (stored as 0) or the last N hours (N); the backfill reads the
    // same window.
    BoardWindow boardWindow() const;
    void setBoardWindow(const BoardWindow &window);
    // 0 = since local midnight, else that many hours back.
    int backfillHours() const;
    void setBackfillHours(int hours);
    // The value SyncEngine::setBackfillSince() takes: invalid for "since midnight".
    QDateTime backfillSince(const QDateTime &now) const;

    // How long the local cache keeps calls, in [1, kMaxCacheRetentionDays].
    int cacheRetentionDays() const;
    void setCacheRetentionDays(int days);

    QString themeName() const; // "light" | "dark" | "contrast"
    void setThemeName(const QString &name);

    bool demo() const; // the last session ran the demo
    void setDemo(bool demo);

    void sync();
    QString fileName() const;
    // The QSettings underneath, for the groups other parts own ([alerts], [kiosk]).
    QSettings *settings() const { return m_settings; }
    // Where the app keeps what it learns by itself (the window's place, the workspace last
    // shown): the settings themselves, or with --config FILE a store of the user's, so that a
    // provisioned file is never rewritten (QSettings would drop its comments).
    void setStateStore(QSettings *state) { m_state = state; }
    QSettings *stateStore() const { return m_state ? m_state : m_settings; }

private:
    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings;
    QSettings *m_state = nullptr;
    QString m_group;
    QString connectionKey(const QString &key) const;
};

} // namespace callboard
