// RecordingDownload: fetches one call recording into a private temporary file for the
// player (RecordingPlayer says why it does not stream). Sends no API key, never follows a
// redirect from https down to http, and words a failure without any part of the link, which
// can carry a signed token. The file is removed with the download object.
#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTemporaryFile;

namespace callboard {

class RecordingDownload final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordingDownload)
public:
    // Starts at once; emits exactly one of done() and failed(), unless destroyed first.
    RecordingDownload(QNetworkAccessManager *nam, const QUrl &url, QObject *parent = nullptr);
    ~RecordingDownload() override;

    static constexpr int TimeoutMs = 30000;

signals:
    void done(const QString &localFile);
    // problem: "the server answered HTTP 404", "the connection was refused", …
    void failed(const QString &problem);

private:
    void onFinished();

    QNetworkReply *m_reply = nullptr;
    QTemporaryFile *m_file;
};

} // namespace callboard
