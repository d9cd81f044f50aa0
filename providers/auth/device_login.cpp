#include "device_login.h"

#include "authorization_code_login.h"
#include "loopback_reply_handler.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace docket {

namespace {
constexpr int kSlowDownStepSeconds = 5; // RFC 8628 section 3.5
const QString kDeviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
// The device or token endpoint's answer as name -> value, JSON or form-encoded.
QVariantMap answerOf(QNetworkReply &reply)
{
    return LoopbackReplyHandler::parseTokenAnswer(
        reply.readAll(), reply.header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower());
}

} // namespace

DeviceLogin::DeviceLogin(QNetworkAccessManager *network, OAuthClientConfig config, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(std::move(config))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &DeviceLogin::poll);
}

DeviceLogin::~DeviceLogin()
{
    if (m_reply)
        m_reply->abort();
}

QNetworkReply *DeviceLogin::post(const QUrl &url, const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery form;
    for (const auto &[name, value] : fields)
        form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(30000);
    return m_network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
}

void DeviceLogin::start()
{
    if (!m_config.hasClientId()) {
        fail(missingClientIdFailure(m_config));
        return;
    }
    m_reply = post(m_config.deviceCodeUrl,
                   {{QStringLiteral("client_id"), m_config.clientId},
                    {QStringLiteral("scope"), m_config.scopes.join(m_config.scopeSeparator)}});
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDeviceCode(reply); });
}

void DeviceLogin::cancel()
{
    fail({QStringLiteral("cancelled"), tr("The sign-in was cancelled."), 0});
}

void DeviceLogin::onDeviceCode(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariantMap values = answerOf(*reply);
    if (values.contains(QStringLiteral("error"))) {
        fail({values.value(QStringLiteral("error")).toString(),
              values.value(QStringLiteral("error_description")).toString(), status});
        return;
    }
    if (reply->error() != QNetworkReply::NoError && values.isEmpty()) {
        fail({QStringLiteral("network"), reply->errorString(), status});
        return;
    }
    m_deviceCode = values.value(QStringLiteral("device_code")).toString();
    const QString userCode = values.value(QStringLiteral("user_code")).toString();
    const QUrl verification(values.value(QStringLiteral("verification_uri")).toString());
    if (m_deviceCode.isEmpty() || userCode.isEmpty() || !verification.isValid()) {
        fail({QStringLiteral("malformed"), tr("The device code answer is missing its codes or its page."),
              status});
        return;
    }
    bool hasInterval = false;
    const int interval = values.value(QStringLiteral("interval")).toInt(&hasInterval);
    m_intervalSeconds = hasInterval ? qMax(0, interval) : 5;
    const int lifetime = values.value(QStringLiteral("expires_in")).toInt();
    m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(lifetime > 0 ? lifetime : 900);
    emit codeReady(userCode, verification, m_expiresAt);
    m_pollTimer.start(m_intervalSeconds * 1000);
}

void DeviceLogin::poll()
{
    if (m_done)
        return;
    if (QDateTime::currentDateTimeUtc() >= m_expiresAt) {
        fail(
            {QStringLiteral("expired_token"), tr("The code expired before it was entered. Start again."), 0});
        return;
    }
    m_reply = post(m_config.tokenUrl, {{QStringLiteral("client_id"), m_config.clientId},
                                       {QStringLiteral("device_code"), m_deviceCode},
                                       {QStringLiteral("grant_type"), kDeviceGrant}});
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPollAnswer(reply); });
}

void DeviceLogin::onPollAnswer(QNetworkReply *reply)
{
    reply->deleteLater();
    if (m_done)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariantMap values = answerOf(*reply);
    const QString error = values.value(QStringLiteral("error")).toString();
    if (error == QLatin1String("authorization_pending")) {
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (error == QLatin1String("slow_down")) {
        bool given = false;
        const int interval = values.value(QStringLiteral("interval")).toInt(&given);
        m_intervalSeconds =
            given ? qMax(interval, m_intervalSeconds) : m_intervalSeconds + kSlowDownStepSeconds;
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (!error.isEmpty()) {
        const QString description = values.value(QStringLiteral("error_description")).toString();
        if (error == QLatin1String("access_denied"))
            fail({error, tr("Access was denied in the browser."), status});
        else if (error == QLatin1String("expired_token"))
            fail({error, tr("The code expired before it was entered. Start again."), status});
        else
            fail({error, description.isEmpty() ? error : description, status});
        return;
    }
    if (reply->error() != QNetworkReply::NoError && values.isEmpty()) {
        // A dropped connection while polling is not the PM's refusal: try again at the next tick.
        m_pollTimer.start(m_intervalSeconds * 1000);
        return;
    }
    if (!values.contains(QStringLiteral("access_token"))) {
        fail({QStringLiteral("malformed"), tr("The token answer carries no token."), status});
        return;
    }
    m_done = true;
    emit succeeded(tokensFromAnswer(values, QDateTime::currentDateTimeUtc()));
}

void DeviceLogin::fail(const OAuthFailure &failure)
{
    if (m_done)
        return;
    m_done = true;
    m_pollTimer.stop();
    if (m_reply)
        m_reply->abort();
    emit failed(failure);
}

} // namespace docket
