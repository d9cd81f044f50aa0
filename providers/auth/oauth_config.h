#pragma once

#include "domain/ticket.h"

#include <QUrl>
#include <QVariantMap>

namespace docket {

// Where and as whom Docket asks a tracker for tokens. The endpoints follow from the account's base
// URL (github.com or a GitHub Enterprise Server, Linear, Jira Cloud) and each can be overridden in
// the settings under oauth/<platform>/<key> (clientId, authorizeUrl, tokenUrl, deviceCodeUrl,
// revokeUrl, resourcesUrl, redirectPort) — which is also how the tests point them at the emulator.
struct OAuthClientConfig {
    Platform platform = Platform::GitHub;
    QString clientId;
    QString clientSecret; // only for a tracker whose flow needs one (Jira 3LO); never in settings
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl deviceCodeUrl; // GitHub only
    QUrl revokeUrl;     // empty: the tracker offers no revocation a desktop app can call
    QUrl resourcesUrl;  // Jira Cloud: the sites a token can reach
    QStringList scopes;
    QString scopeSeparator = QStringLiteral(" ");
    QVariantMap extraAuthorizeParameters;
    quint16 redirectPort = 0; // 0: an ephemeral port (RFC 8252); a tracker that wants an exact URL gets one

    bool hasClientId() const { return !clientId.isEmpty(); }
};

struct OAuthFailure;
// What a sign-in reports when no client id is configured for the tracker.
OAuthFailure missingClientIdFailure(const OAuthClientConfig &config);

// apiBaseUrl: the account's API base (https://api.github.com, https://HOST/api/v3,
// https://api.linear.app, https://api.atlassian.com for Jira Cloud).
OAuthClientConfig oauthConfigFor(Platform platform, const QUrl &apiBaseUrl);

} // namespace docket
