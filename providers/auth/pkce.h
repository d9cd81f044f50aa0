#pragma once

#include <QByteArray>

namespace docket {

// A PKCE pair (RFC 7636): the verifier stays with Docket, the S256 challenge goes in the
// authorization request, and the verifier in the token request proves they are the same client.
struct PkcePair {
    QByteArray verifier;  // 64 characters from the unreserved set
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding
};

PkcePair makePkcePair();
QByteArray pkceChallengeFor(const QByteArray &verifier);

} // namespace docket
