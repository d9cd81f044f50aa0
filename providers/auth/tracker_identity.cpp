#include "tracker_identity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace docket {

namespace {

constexpr int kTimeoutMs = 30000;

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

} // namespace

void authorizeRequest(QNetworkRequest &request, const Account &account, const QString &secret)
{
    QByteArray value;
    if (account.method == AuthMethod::EmailApiToken)
        value = "Basic " + (account.email + QLatin1Char(':') + secret).toUtf8().toBase64();
    else if (account.platform == Platform::Linear && account.method == AuthMethod::ApiKey)
        value = secret.toUtf8(); // Linear takes personal API keys without a scheme
    else
        value = "Bearer " + secret.toUtf8();
    request.setRawHeader("Authorization", value);
}

TrackerIdentityCheck::TrackerIdentityCheck(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{}

TrackerIdentityCheck::~TrackerIdentityCheck()
{
    cancel();
}

void TrackerIdentityCheck::cancel()
{
    if (m_reply)
        m_reply->abort();
}

QNetworkRequest TrackerIdentityCheck::requestFor(const Account &account, const QString &path,
                                                 const QString &secret) const
{
    QNetworkRequest request(joined(account.apiBaseUrl, path));
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Docket");
    authorizeRequest(request, account, secret);
    return request;
}

void TrackerIdentityCheck::check(const Account &account, const QString &secret)
{
    cancel();
    QNetworkReply *reply = nullptr;
    switch (account.platform) {
    case Platform::GitHub: {
        QNetworkRequest request = requestFor(account, QStringLiteral("/user"), secret);
        request.setRawHeader("Accept", "application/vnd.github+json");
        request.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
        reply = m_network->get(request);
        break;
    }
    case Platform::Linear: {
        QNetworkRequest request = requestFor(account, QStringLiteral("/graphql"), secret);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply =
            m_network->post(request, QByteArrayLiteral(R"({"query":"query { viewer { id name email } }"})"));
        break;
    }
    case Platform::Jira: {
        // Data Center answers on API version 2; Cloud (OAuth or e-mail + token) on version 3.
        const bool dataCenter = account.method == AuthMethod::PersonalToken;
        reply = m_network->get(requestFor(
            account, dataCenter ? QStringLiteral("/rest/api/2/myself") : QStringLiteral("/rest/api/3/myself"),
            secret));
        break;
    }
    }
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, account] { onIdentity(reply, account); });
}

void TrackerIdentityCheck::onIdentity(QNetworkReply *reply, const Account &account)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString tracker = platformDisplayName(account.platform);
    if (status == 401 || status == 403) {
        emit checked(Error{tr("%1 refused the credential (HTTP %2). Check that it is complete, not expired, "
                              "and allowed to read your profile.")
                               .arg(tracker)
                               .arg(status),
                           kUnauthorized});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        emit checked(Error{tr("Could not reach %1 at %2: %3")
                               .arg(tracker, account.apiBaseUrl.toString(), reply->errorString()),
                           {}});
        return;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    TrackerIdentity identity;
    switch (account.platform) {
    case Platform::GitHub:
        identity.name = object.value(QStringLiteral("login")).toString();
        identity.id = QString::number(object.value(QStringLiteral("id")).toInteger());
        identity.email = object.value(QStringLiteral("email")).toString();
        break;
    case Platform::Linear: {
        const QJsonArray errors = object.value(QStringLiteral("errors")).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            const bool auth = first.value(QStringLiteral("extensions"))
                                  .toObject()
                                  .value(QStringLiteral("type"))
                                  .toString() == QLatin1String("authentication error");
            emit checked(Error{
                tr("Linear refused the request: %1").arg(first.value(QStringLiteral("message")).toString()),
                auth ? kUnauthorized : QString()});
            return;
        }
        const QJsonObject viewer =
            object.value(QStringLiteral("data")).toObject().value(QStringLiteral("viewer")).toObject();
        identity.name = viewer.value(QStringLiteral("name")).toString();
        identity.id = viewer.value(QStringLiteral("id")).toString();
        identity.email = viewer.value(QStringLiteral("email")).toString();
        break;
    }
    case Platform::Jira:
        identity.name = object.value(QStringLiteral("displayName")).toString();
        identity.id = object.value(QStringLiteral("accountId")).toString();
        if (identity.id.isEmpty()) // Data Center names its users by key
            identity.id = object.value(QStringLiteral("key")).toString();
        identity.email = object.value(QStringLiteral("emailAddress")).toString();
        break;
    }
    if (identity.name.isEmpty() || identity.id.isEmpty()) {
        emit checked(Error{tr("%1 answered, but not with the account Docket asked about.").arg(tracker), {}});
        return;
    }
    emit checked(identity);
}

void TrackerIdentityCheck::listJiraSites(const QUrl &resourcesUrl, const QString &accessToken)
{
    cancel();
    QNetworkRequest request(resourcesUrl);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onSites(reply); });
}

void TrackerIdentityCheck::onSites(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401 || status == 403) {
        emit sitesListed(
            Error{tr("Atlassian refused the token when Docket asked for its sites."), kUnauthorized});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        emit sitesListed(Error{tr("Could not list the Jira sites: %1").arg(reply->errorString()), {}});
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (!document.isArray()) {
        emit sitesListed(Error{tr("The list of Jira sites could not be read."), {}});
        return;
    }
    QList<JiraSite> sites;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        JiraSite site{object.value(QStringLiteral("id")).toString(),
                      object.value(QStringLiteral("name")).toString(),
                      QUrl(object.value(QStringLiteral("url")).toString()),
                      {}};
        for (const QJsonValue &scope : object.value(QStringLiteral("scopes")).toArray())
            site.scopes.append(scope.toString());
        if (!site.cloudId.isEmpty())
            sites.append(site);
    }
    if (sites.isEmpty()) {
        emit sitesListed(
            Error{tr("This Atlassian account can reach no Jira site with the scopes Docket asked for."), {}});
        return;
    }
    emit sitesListed(sites);
}

} // namespace docket
