// The bearer-token authenticator of the server (implements http::Authenticator): resolves a
// session token to a principal with the user's rights (the union over their groups), ends and
// logs sessions found expired (idle or past their lifetime) and refreshes last_seen_at at most
// once a minute.
#pragma once

#include "authsettings.h"
#include "server/core/context.h"
#include "server/http/dispatcher.h"

namespace kikan::auth {

class SessionAuthenticator : public http::Authenticator
{
public:
    explicit SessionAuthenticator(core::ServerContext &context);
    std::optional<http::Principal> authenticate(const http::Request &request) override;

private:
    core::ServerContext &m_context;
    AuthSettings m_settings;
};

} // namespace kikan::auth
