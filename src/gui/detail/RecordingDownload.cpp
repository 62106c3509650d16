#include "RecordingDownload.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryFile>
#include <QTimer>

namespace callboard {

namespace {
// Why a download failed, in words that name no part of the link.
QString problemOf(const QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400)
        return RecordingDownload::tr("the server answered HTTP %1").arg(status);
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return RecordingDownload::tr("the connection was refused");
    case QNetworkReply::HostNotFoundError:
        return RecordingDownload::tr("the host was not found");
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout ends it this way
        return RecordingDownload::tr("no answer within %n seconds", nullptr,
                                     RecordingDownload::TimeoutMs / 1000);
    case QNetworkReply::SslHandshakeFailedError:
        return RecordingDownload::tr("its certificate is not trusted");
    case QNetworkReply::InsecureRedirectError:
        return RecordingDownload::tr("it redirects to a link that is not https");
    default:
        return RecordingDownload::tr("a network error");
    }
}
} // namespace

RecordingDownload::RecordingDownload(QNetworkAccessManager *nam, const QUrl &url, QObject *parent)
    : QObject(parent), m_file(new QTemporaryFile(this)) // owner-only, removed with this
{
    if (!m_file->open()) {
        QTimer::singleShot(0, this, [this] {
            emit failed(tr("the temporary folder is not writable"));
        });
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = nam->get(request);
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { m_file->write(m_reply->readAll()); });
    connect(m_reply, &QNetworkReply::finished, this, &RecordingDownload::onFinished);
}

RecordingDownload::~RecordingDownload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void RecordingDownload::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(problemOf(reply));
        return;
    }
    m_file->write(reply->readAll());
    m_file->flush();
    emit done(m_file->fileName());
}

} // namespace callboard
