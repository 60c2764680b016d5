#include "benchserver.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/StreamCopier.h>

#include <QJsonDocument>

#include <sstream>

namespace kikan::bench {

KeepAliveHttps::KeepAliveHttps(int port, const QString &caFile)
{
    Poco::Net::Context::Params params;
    params.caLocation = caFile.toStdString();
    params.verificationMode = Poco::Net::Context::VERIFY_STRICT;
    params.loadDefaultCAs = false;
    Poco::Net::Context::Ptr tls = new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE,
                                                         params);
    m_session = std::make_unique<Poco::Net::HTTPSClientSession>("localhost", Poco::UInt16(port),
                                                                tls);
    m_session->setKeepAlive(true);
    m_session->setTimeout(Poco::Timespan(120, 0));
}

KeepAliveHttps::~KeepAliveHttps() = default;

test::HttpReply KeepAliveHttps::request(const std::string &method, const QString &path,
                                        const QByteArray &body, const QString &token)
{
    test::HttpReply reply;
    try {
        Poco::Net::HTTPRequest req(method, path.toStdString(), Poco::Net::HTTPMessage::HTTP_1_1);
        req.setKeepAlive(true);
        if (!token.isEmpty())
            req.set("Authorization", "Bearer " + token.toStdString());
        if (!body.isEmpty()) {
            req.setContentType("application/json");
            req.setContentLength(body.size());
        }
        m_session->sendRequest(req).write(body.constData(), body.size());
        Poco::Net::HTTPResponse resp;
        std::istream &in = m_session->receiveResponse(resp);
        std::ostringstream out;
        Poco::StreamCopier::copyStream(in, out);
        reply.status = int(resp.getStatus());
        reply.contentType = QByteArray::fromStdString(resp.getContentType());
        reply.body = QByteArray::fromStdString(out.str());
        for (const auto &[name, value] : resp)
            reply.headers.insert(QByteArray::fromStdString(name).toLower(),
                                 QByteArray::fromStdString(value));
    } catch (const Poco::Exception &e) {
        m_session->reset();
        reply.status = 0;
        reply.body = QByteArray::fromStdString(e.displayText());
    }
    return reply;
}

test::HttpReply KeepAliveHttps::post(const QString &path, const QJsonObject &body,
                                     const QString &token)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

} // namespace kikan::bench
