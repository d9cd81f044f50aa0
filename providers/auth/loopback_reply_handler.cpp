#include "loopback_reply_handler.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QUrlQuery>

namespace docket {

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;
const QString kCallbackPath = QStringLiteral("/callback");

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

LoopbackReplyHandler::LoopbackReplyHandler(QObject *parent)
    : QAbstractOAuthReplyHandler(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackReplyHandler::onConnection);
}

LoopbackReplyHandler::~LoopbackReplyHandler() = default;

Status LoopbackReplyHandler::listen(quint16 port)
{
    // Loopback only: nothing outside this computer can deliver a code here.
    if (m_server.isListening() || m_server.listen(QHostAddress::LocalHost, port)) {
        m_port = m_server.serverPort(); // the redirect URI must stay the same after the listener closes
        return {};
    }
    return Error{tr("Docket could not listen for the sign-in on 127.0.0.1:%1: %2")
                     .arg(port)
                     .arg(m_server.errorString()),
                 {}};
}

void LoopbackReplyHandler::close()
{
    m_server.close();
}

QString LoopbackReplyHandler::callback() const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(kCallbackPath);
}

void LoopbackReplyHandler::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LoopbackReplyHandler::onReadable(QTcpSocket *socket)
{
    const QByteArray received = socket->property("received").toByteArray() + socket->readAll();
    socket->setProperty("received", received);
    if (received.size() > kMaxRequestBytes) {
        answer(socket, 400, tr("Request too large"), tr("This request is not a sign-in answer."));
        return;
    }
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return; // wait for the rest of the request line and headers
    const QList<QByteArray> requestLine = received.left(received.indexOf("\r\n")).split(' ');
    if (requestLine.size() < 3 || requestLine.at(0) != "GET") {
        answer(socket, 405, tr("Not a sign-in answer"),
               tr("Docket only waits for the browser's sign-in answer."));
        return;
    }
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    if (target.path() != kCallbackPath) {
        answer(socket, 404, tr("Not found"), tr("Docket only waits for the browser's sign-in answer."));
        return;
    }

    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || state != m_expectedState) {
        // Not from the sign-in this window started: refuse it and stop waiting.
        answer(socket, 400, tr("Sign-in refused"),
               tr("This answer does not belong to the sign-in Docket started, so it was refused. "
                  "Start the sign-in again from Docket."));
        close();
        emit authorizationFailed({QStringLiteral("state_mismatch"),
                                  tr("The browser's answer did not carry the state Docket sent; the "
                                     "sign-in was stopped."),
                                  400});
        return;
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        answer(
            socket, 200, tr("Docket was not connected"),
            tr("The tracker did not give Docket access. You can close this tab and try again from Docket."));
        close();
        emit authorizationFailed({error, description.isEmpty() ? error : description, 0});
        return;
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        answer(socket, 400, tr("Sign-in refused"), tr("The answer carries no authorization code."));
        return;
    }
    answer(socket, 200, tr("Docket is connected"),
           tr("You are signed in. You can close this tab and return to Docket."));
    close(); // the first valid answer is the only one
    emit callbackReceived({{QStringLiteral("code"), code}, {QStringLiteral("state"), state}});
}

void LoopbackReplyHandler::answer(QTcpSocket *socket, int status, const QString &title,
                                  const QString &message)
{
    const QByteArray page =
        QStringLiteral("<!doctype html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:32em;margin:4em auto;"
                       "line-height:1.5}</style></head><body><h1>%1</h1><p>%2</p></body></html>")
            .arg(htmlEscaped(title), htmlEscaped(message))
            .toUtf8();
    const QByteArray reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : "Error";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(page.size()) + "\r\n";
    response += "Cache-Control: no-store\r\nConnection: close\r\n\r\n";
    socket->write(response + page);
    socket->disconnectFromHost();
}

QVariantMap LoopbackReplyHandler::parseTokenAnswer(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.startsWith("application/x-www-form-urlencoded") || contentType.startsWith("text/plain")) {
        QVariantMap values;
        const QUrlQuery query(QString::fromUtf8(body));
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            values.insert(key, value);
        return values;
    }
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object().toVariantMap() : QVariantMap();
}

void LoopbackReplyHandler::networkReplyFinished(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QVariantMap values =
        parseTokenAnswer(body, reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower());
    if (values.contains(QStringLiteral("error"))) {
        const QString description = values.value(QStringLiteral("error_description")).toString();
        emit tokenRequestFailed({values.value(QStringLiteral("error")).toString(), description, status});
        return;
    }
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        emit tokenRequestFailed({QStringLiteral("network"), reply->errorString(), 0});
        return;
    }
    if (reply->error() != QNetworkReply::NoError || !values.contains(QStringLiteral("access_token"))) {
        emit tokenRequestFailed(
            {QStringLiteral("malformed"),
             tr("The token endpoint answered HTTP %1 without a token Docket could read.").arg(status),
             status});
        return;
    }
    emit tokensReceived(values);
}

} // namespace docket
