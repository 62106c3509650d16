// NginxProxy: the shipped caching-proxy configuration (packaging/proxy/callboard-proxy.conf)
// run by a real nginx on 127.0.0.1, in front of a simulator, for tests and the fan-out bench.
// The configuration is used as shipped; only its site-specific values are replaced (listen
// address, certificates, cache directory, upstream, cache lifetime, the site key file), and a
// value that is no longer in the file fails start() instead of being silently skipped.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>

#include <unistd.h>

namespace callboard::test {

class NginxProxy
{
public:
    struct Options
    {
        quint16 upstreamPort = 0; // the simulator on 127.0.0.1
        int cacheValidSec = 5;    // proxy_cache_valid: one poll interval
        QString siteKey;          // empty: no site key file (keyless boards get 401)
        quint16 port = 0;         // 0: a free one
    };

    static QString sourceDir() { return QStringLiteral(CALLBOARD_SOURCE_DIR); }
    static QString executable()
    {
        return QStandardPaths::findExecutable(
            QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"),
                                      QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin")});
    }

    NginxProxy() = default;
    NginxProxy(const NginxProxy &) = delete;
    NginxProxy &operator=(const NginxProxy &) = delete;
    ~NginxProxy() { stop(); }

    bool start(const Options &options, QString *error)
    {
        m_options = options;
        if (m_options.port == 0)
            m_options.port = freePort();
        const QString conf = templated(error);
        if (conf.isEmpty())
            return false;
        const QString dir = m_dir.path();
        QDir().mkpath(dir + QStringLiteral("/cache"));
        QDir().mkpath(dir + QStringLiteral("/temp"));
        if (!write(dir + QStringLiteral("/callboard-proxy.conf"), conf.toUtf8(), error))
            return false;
        if (!m_options.siteKey.isEmpty()
            && !write(dir + QStringLiteral("/site-key.conf"),
                      "set $callboard_site_credential \"Bearer " + m_options.siteKey.toUtf8() + "\";\n", error))
            return false;
        // The wrapper a distribution's nginx.conf would be; as root the workers stay root so
        // they can use the test's private directory.
        QByteArray main = geteuid() == 0 ? "user root;\n" : "";
        main += "daemon off;\nworker_processes 1;\npid " + dir.toUtf8() + "/nginx.pid;\n"
                "error_log " + dir.toUtf8() + "/error.log notice;\n"
                "events { worker_connections 512; }\n"
                "http {\n  access_log " + dir.toUtf8() + "/access.log;\n";
        for (const char *temp : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
            main += QByteArray("  ") + temp + "_temp_path " + dir.toUtf8() + "/temp/" + temp + ";\n";
        main += "  include " + dir.toUtf8() + "/callboard-proxy.conf;\n}\n";
        if (!write(dir + QStringLiteral("/nginx.conf"), main, error))
            return false;
        return launch(error);
    }

    // Starts nginx again on the same port, after stop() (a proxy back from an outage).
    bool restart(QString *error) { return launch(error); }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    quint16 port() const { return m_options.port; }
    QUrl baseUrl() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(m_options.port)); }
    static QString caFile() { return sourceDir() + QStringLiteral("/tests/data/tls/ca.crt"); }
    QString errorLog() const
    {
        QFile f(m_dir.path() + QStringLiteral("/error.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    static quint16 freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    static bool write(const QString &path, const QByteArray &data, QString *error)
    {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size())
            return true;
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }

    // The shipped file with its site-specific values replaced.
    QString templated(QString *error) const
    {
        QFile f(sourceDir() + QStringLiteral("/packaging/proxy/callboard-proxy.conf"));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read packaging/proxy/callboard-proxy.conf");
            return {};
        }
        QString conf = QString::fromUtf8(f.readAll());
        const QString tls = sourceDir() + QStringLiteral("/tests/data/tls/");
        const QString dir = m_dir.path();
        const QList<QPair<QString, QString>> replace{
            {QStringLiteral("listen 443 ssl;"), QStringLiteral("listen 127.0.0.1:%1 ssl;").arg(m_options.port)},
            {QStringLiteral("listen [::]:443 ssl;"), QString()},
            {QStringLiteral("/etc/ssl/certs/callboard-proxy.example.com.pem"), tls + QStringLiteral("proxy.crt")},
            {QStringLiteral("/etc/ssl/private/callboard-proxy.example.com.key"), tls + QStringLiteral("proxy.key")},
            {QStringLiteral("/var/cache/nginx/callboard"), dir + QStringLiteral("/cache")},
            {QStringLiteral("/etc/nginx/callboard/site-key*.conf"), dir + QStringLiteral("/site-key*.conf")},
            {QStringLiteral("proxy_pass https://api.dialnexa.com;"),
             QStringLiteral("proxy_pass http://127.0.0.1:%1;").arg(m_options.upstreamPort)},
            {QStringLiteral("proxy_cache_valid 200 5s;"),
             QStringLiteral("proxy_cache_valid 200 %1s;").arg(m_options.cacheValidSec)},
        };
        for (const auto &[from, to] : replace) {
            if (!conf.contains(from)) {
                *error = QStringLiteral("the shipped proxy configuration no longer holds \"%1\"").arg(from);
                return {};
            }
            conf.replace(from, to);
        }
        return conf;
    }

    bool launch(QString *error)
    {
        const QString nginx = executable();
        if (nginx.isEmpty()) {
            *error = QStringLiteral("nginx is not installed");
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx, {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-c"),
                                m_dir.path() + QStringLiteral("/nginx.conf")});
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 10000) {
            if (m_process.state() == QProcess::NotRunning) {
                *error = QStringLiteral("nginx exited: %1 %2")
                             .arg(QString::fromUtf8(m_process.readAll()), errorLog());
                return false;
            }
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_options.port);
            if (probe.waitForConnected(200))
                return true;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        *error = QStringLiteral("nginx did not listen within 10 s: ") + errorLog();
        return false;
    }

    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
};

} // namespace callboard::test
