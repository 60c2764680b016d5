// The antivirus body screen (antivirusroutes.h).
#include "antivirusroutes.h"

#include "antivirus.h"
#include "server/core/context.h"

namespace kikan::operations {

namespace {
constexpr qsizetype kLargeJson = 64 * 1024;

class AntivirusScreen : public http::BodyScreen
{
public:
    explicit AntivirusScreen(Antivirus antivirus) : m_antivirus(std::move(antivirus)) {}
    void screen(const http::Request &request, const http::Route &route) override
    {
        if (isFile(request, route))
            m_antivirus.check({request.body, request.requestId, request.path}, request.actor());
    }

private:
    static bool isFile(const http::Request &request, const http::Route &route)
    {
        const QByteArray type = request.header("content-type").toLower();
        return route.maxBodyBytes > 0 || !type.startsWith("application/json")
               || request.body.size() > kLargeJson;
    }

    Antivirus m_antivirus;
};
} // namespace

void installAntivirus(core::ServerContext &context, http::Router &router)
{
    const QString socket = context.config.stringValue(QStringLiteral("antivirus/clamd_socket"));
    if (socket.isEmpty())
        return;
    const int timeout = context.config.intValue(QStringLiteral("antivirus/timeout_seconds"), 60);
    router.setBodyScreen(std::make_shared<AntivirusScreen>(Antivirus(context, Clamd(socket, timeout))));
}

} // namespace kikan::operations
