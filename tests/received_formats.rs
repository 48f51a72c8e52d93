//! The hop table: one test group per MTA family, each line written from that
//! MTA's documented Received template (tests/data/received/PROVENANCE.md);
//! the property that the client IP never comes from the HELO; delays, clock
//! skew, TLS, address flags and the movable boundary.

use headerscope::message::received::{chain, parse, read_date, DateDeviation, Hop, IpIssue};

/// One line and what a correct reading gives: the client IP recorded by the
/// receiver, the HELO, the reverse-DNS name the receiver wrote, the receiver.
struct Case {
    line: &'static str,
    ip: Option<&'static str>,
    helo: Option<&'static str>,
    rdns: Option<&'static str>,
    by: &'static str,
}

const fn case(
    line: &'static str,
    ip: Option<&'static str>,
    helo: Option<&'static str>,
    rdns: Option<&'static str>,
    by: &'static str,
) -> Case {
    Case {
        line,
        ip,
        helo,
        rdns,
        by,
    }
}

/// Checks every field of every case and that its date reads; returns how many
/// lines parse completely (all of them, or the test fails).
fn check_family(family: &str, cases: &[Case]) -> usize {
    for c in cases {
        let h: Hop = parse(c.line);
        let ip = h.from_ip.map(|i| i.to_string());
        assert_eq!(ip.as_deref(), c.ip, "{family}: ip of {}", c.line);
        assert_eq!(h.helo.as_deref(), c.helo, "{family}: helo of {}", c.line);
        assert_eq!(
            h.from_rdns.as_deref(),
            c.rdns,
            "{family}: rdns of {}",
            c.line
        );
        assert_eq!(h.by.as_deref(), Some(c.by), "{family}: by of {}", c.line);
        let date = h
            .date
            .as_deref()
            .unwrap_or_else(|| panic!("{family}: no date in {}", c.line));
        assert!(
            read_date(date).is_some(),
            "{family}: date '{date}' of {}",
            c.line
        );
    }
    cases.len()
}

#[test]
fn postfix() {
    let n = check_family("Postfix", &[
        case("from mail.example.org (mail.example.org [192.0.2.7]) by mx.example.net (Postfix) with ESMTPS id 4AbC for <bob@example.net>; Mon, 2 Nov 2026 10:00:00 +0100 (CET)",
            Some("192.0.2.7"), Some("mail.example.org"), Some("mail.example.org"), "mx.example.net"),
        // The HELO is an address literal; the connection is in the last group.
        case("from [203.0.113.5] (unknown [198.51.100.7]) by mx.example.net (Postfix) with ESMTP id 4XyZ; Mon, 2 Nov 2026 10:00:00 +0100",
            Some("198.51.100.7"), Some("[203.0.113.5]"), None, "mx.example.net"),
        case("from client.example (unknown [IPv6:2001:db8::25]) by mx.example.net (Postfix) with ESMTP id 1; Mon, 2 Nov 2026 10:00:00 +0100",
            Some("2001:db8::25"), Some("client.example"), None, "mx.example.net"),
        // smtpd_client_port_logging = yes.
        case("from mail.example.org (mail.example.org [192.0.2.7]:41234) by mx.example.net (Postfix) with ESMTP id 2; Mon, 2 Nov 2026 10:00:00 +0100",
            Some("192.0.2.7"), Some("mail.example.org"), Some("mail.example.org"), "mx.example.net"),
        case("from mail.example.org (mail.example.org [192.0.2.7]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)) (No client certificate requested) by mx.example.net (Postfix) with ESMTPS id 4AbC; Mon, 2 Nov 2026 10:00:00 +0100",
            Some("192.0.2.7"), Some("mail.example.org"), Some("mail.example.org"), "mx.example.net"),
        case("from laptop.local (unknown [198.51.100.44]) (Authenticated sender: alice) by smtp.example.net (Postfix) with ESMTPSA id 5; Mon, 2 Nov 2026 10:00:00 +0100",
            Some("198.51.100.44"), Some("laptop.local"), None, "smtp.example.net"),
        // Zimbra / amavis re-injection: loopback hops.
        case("from localhost (localhost [127.0.0.1]) by mta.zimbra.example (Postfix) with ESMTP id 6; Mon, 2 Nov 2026 10:00:01 +0100",
            Some("127.0.0.1"), Some("localhost"), Some("localhost"), "mta.zimbra.example"),
        case("from mta.zimbra.example ([127.0.0.1]) by localhost (mta.zimbra.example [127.0.0.1]) (amavisd-new, port 10032) with ESMTP id 7; Mon, 2 Nov 2026 10:00:01 +0100",
            Some("127.0.0.1"), Some("mta.zimbra.example"), None, "localhost"),
    ]);
    // No TCP-info at all: the only address is the client's HELO literal.
    let h = parse("from [203.0.113.5] by mx.example.net (Postfix) with ESMTP id 9; Mon, 2 Nov 2026 10:00:00 +0100");
    assert_eq!(h.from_ip, None);
    assert_eq!(
        h.ip_issue,
        Some(IpIssue::HeloLiteralOnly("203.0.113.5".into()))
    );
    assert_eq!(n, 8);
}

#[test]
fn exim() {
    let n = check_family("Exim", &[
        case("from mail.example.org ([192.0.2.10] helo=claimed.example) by mx.example.com with esmtp (Exim 4.96) (envelope-from <a@example.org>) id 1q2w3e-000abc-Zz for bob@example.com; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("192.0.2.10"), Some("claimed.example"), Some("mail.example.org"), "mx.example.com"),
        // log_selector = +incoming_port.
        case("from mail.example.org ([192.0.2.10]:40000 helo=claimed.example) by mx.example.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.97) id 1q; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("192.0.2.10"), Some("claimed.example"), Some("mail.example.org"), "mx.example.com"),
        // No verified host name: the address first, the port as port=.
        case("from [198.51.100.4] (port=51234 helo=client.example) by mx.example.com with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) id 1r; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("198.51.100.4"), Some("client.example"), None, "mx.example.com"),
        case("from [198.51.100.4] (helo=client.example) by mx.example.com with esmtp (Exim 4.92) id 1s; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("198.51.100.4"), Some("client.example"), None, "mx.example.com"),
        // HELO equal to the verified name: no helo= item.
        case("from host.example ([203.0.113.5]) by mx.example.com with esmtps (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.92) id x; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("203.0.113.5"), Some("host.example"), None, "mx.example.com"),
        case("from mail6.example.org ([2001:db8:1::25]:52100 helo=mail6.example.org) by mx.example.com with esmtp (Exim 4.96) id 1t; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("2001:db8:1::25"), Some("mail6.example.org"), Some("mail6.example.org"), "mx.example.com"),
        case("from mail.example.org ([192.0.2.10] helo=claimed.example ident=alice) by mx.example.com with esmtp (Exim 4.96) id 1u; Tue, 03 Nov 2026 01:02:03 +0000",
            Some("192.0.2.10"), Some("claimed.example"), Some("mail.example.org"), "mx.example.com"),
    ]);
    assert_eq!(n, 7);
}

#[test]
fn sendmail() {
    let n = check_family("Sendmail", &[
        case("from out.example.org (out.example.org [203.0.113.9]) by mx.example.edu (8.17.1/8.17.1) with ESMTPS id 5A1B2C3D (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT) for <u@example.edu>; Wed, 4 Nov 2026 08:00:00 -0500",
            Some("203.0.113.9"), Some("out.example.org"), Some("out.example.org"), "mx.example.edu"),
        case("from out.example.org (out.example.org [203.0.113.9] (may be forged)) by mx.example.edu (8.17.1/8.17.1) with ESMTP id 5A1B2C3E; Wed, 4 Nov 2026 08:00:00 -0500",
            Some("203.0.113.9"), Some("out.example.org"), Some("out.example.org"), "mx.example.edu"),
        // RFC 1413 ident: user@host before the address.
        case("from client.example (alice@client.example [198.51.100.20]) by mx.example.edu (8.17.1/8.17.1) with ESMTP id 5A1B2C3F; Wed, 4 Nov 2026 08:00:00 -0500",
            Some("198.51.100.20"), Some("client.example"), Some("client.example"), "mx.example.edu"),
        case("from helo.example ([198.51.100.21]) (authenticated bits=0) by mx.example.edu (8.17.1/8.17.1) with ESMTPSA id 5A1B2C40; Wed, 4 Nov 2026 08:00:00 -0500",
            Some("198.51.100.21"), Some("helo.example"), None, "mx.example.edu"),
        // No HELO given: Sendmail writes its $_ without parentheses.
        case("from out.example.org [203.0.113.9] by mx.example.edu (8.17.1/8.17.1) with SMTP id 5A1B2C41; Wed, 4 Nov 2026 08:00:00 -0500",
            Some("203.0.113.9"), None, Some("out.example.org"), "mx.example.edu"),
    ]);
    assert_eq!(n, 5);
}

#[test]
fn qmail() {
    let n = check_family("qmail", &[
        case("from unknown (HELO mail.example.org) (192.0.2.10) by mx.example.com with SMTP; 5 Nov 2026 09:10:11 -0000",
            Some("192.0.2.10"), Some("mail.example.org"), None, "mx.example.com"),
        case("from mail.example.org (HELO claimed.example) (192.0.2.10) by mx.example.com with SMTP; 5 Nov 2026 09:10:11 -0000",
            Some("192.0.2.10"), Some("claimed.example"), Some("mail.example.org"), "mx.example.com"),
        case("from mail.example.org (192.0.2.10) by mx.example.com with SMTP; 5 Nov 2026 09:10:11 -0000",
            Some("192.0.2.10"), Some("mail.example.org"), None, "mx.example.com"),
        case("from unknown (HELO mail.example.org) (alice@192.0.2.10) by mx.example.com with ESMTPA; 5 Nov 2026 09:10:11 -0000",
            Some("192.0.2.10"), Some("mail.example.org"), None, "mx.example.com"),
    ]);
    assert_eq!(n, 4);
}

#[test]
fn exchange_and_exchange_online() {
    let n = check_family("Exchange", &[
        case("from mail.contoso.example (198.51.100.25) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.74) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.2 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000",
            Some("198.51.100.25"), Some("mail.contoso.example"), None, "AM4PEPF00027A5F.mail.protection.outlook.com"),
        // The HELO is an address literal: the connection is the bare address after it.
        case("from [127.0.1.1] (134.199.158.178) by DM6NAM10FT006.mail.protection.outlook.com (10.13.152.170) with Microsoft SMTP Server id 15.20.8989.13 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000",
            Some("134.199.158.178"), Some("[127.0.1.1]"), None, "DM6NAM10FT006.mail.protection.outlook.com"),
        case("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com [40.107.22.90]) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.74) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.1 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000",
            Some("40.107.22.90"), Some("EUR05-AM6-obe.outbound.protection.outlook.com"), Some("mail-am6eur05on2090.outbound.protection.outlook.com"), "AM4PEPF00027A5F.mail.protection.outlook.com"),
        case("from DM6NAM10FT006.eop-nam10.prod.protection.outlook.com (2603:10b6:5:1e0:cafe::4d) by DM6PR05CA0049.outlook.office365.com (2603:10b6:5:1e0::26) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.13 via Frontend Transport; Thu, 5 Nov 2026 09:10:12 +0000",
            Some("2603:10b6:5:1e0:cafe::4d"), Some("DM6NAM10FT006.eop-nam10.prod.protection.outlook.com"), None, "DM6PR05CA0049.outlook.office365.com"),
        case("from SA1PR11MB8321.namprd11.prod.outlook.com (::1) by SA1PR11MB8321.namprd11.prod.outlook.com with HTTPS; Thu, 5 Nov 2026 09:10:13 +0000",
            Some("::1"), Some("SA1PR11MB8321.namprd11.prod.outlook.com"), None, "SA1PR11MB8321.namprd11.prod.outlook.com"),
        // MAPI submission: link-local with a zone id.
        case("from CH2PR11MB4344.namprd11.prod.outlook.com ([fe80::2d1c:1a6b:9e31:4b0%5]) by CH2PR11MB4344.namprd11.prod.outlook.com ([fe80::2d1c:1a6b:9e31:4b0%5]) with mapi id 15.20.8989.010; Thu, 5 Nov 2026 09:10:10 +0000",
            Some("fe80::2d1c:1a6b:9e31:4b0"), Some("CH2PR11MB4344.namprd11.prod.outlook.com"), None, "CH2PR11MB4344.namprd11.prod.outlook.com"),
        // On-premises Exchange 2016, date with AM/PM.
        case("from EX01.corp.example (10.0.0.5) by EX02.corp.example (10.0.0.6) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Fri, 20 Apr 2018 23:01:16 -0400",
            Some("10.0.0.5"), Some("EX01.corp.example"), None, "EX02.corp.example"),
    ]);
    let m = parse("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com [40.107.22.90]) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.74) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.1 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000");
    assert_eq!(m.with.as_deref(), Some("Microsoft SMTP Server"));
    assert_eq!(m.tls_version.as_deref(), Some("TLS1_3"));
    assert_eq!(m.id.as_deref(), Some("15.20.8182.1"));
    assert_eq!(m.via.as_deref(), Some("Frontend Transport"));
    assert_eq!(n, 7);
}

#[test]
fn gmail_and_google_workspace() {
    let n = check_family("Google", &[
        case("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a1sor123.2026.11.03 for <bob@gmail.com> (Google Transport Security); Tue, 03 Nov 2026 01:02:05 -0800 (PST)",
            Some("209.85.220.41"), Some("mail-sor-f41.google.com"), Some("mail-sor-f41.google.com"), "mx.google.com"),
        case("from out.shop.example (out.shop.example. [203.0.113.9]) by mx.google.com with ESMTPS id a1si123.2026.11.03.01.02.05 for <bob@gmail.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 03 Nov 2026 01:02:05 -0800 (PST)",
            Some("203.0.113.9"), Some("out.shop.example"), Some("out.shop.example"), "mx.google.com"),
        // Submission from a mail client: the HELO is its private address literal.
        case("from [192.168.1.23] ([198.51.100.50]) by smtp.gmail.com with ESMTPSA id 5b1f17b1804b1-43a1b2c3d4esm123456f8f.1.2026.11.03.01.02.03 for <bob@example.org> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Tue, 03 Nov 2026 01:02:03 -0800 (PST)",
            Some("198.51.100.50"), Some("[192.168.1.23]"), None, "smtp.gmail.com"),
    ]);
    // Internal hops name the receiver by a 6to4 address of a private network.
    let g = parse("by 2002:a05:6a20:1234:b0:1a2:3b4c:5d6e with SMTP id abc123; Tue, 3 Nov 2026 01:02:06 -0800 (PST)");
    assert_eq!(g.by.as_deref(), Some("2002:a05:6a20:1234:b0:1a2:3b4c:5d6e"));
    assert_eq!((g.from_ip, g.ip_issue), (None, None));
    assert!(headerscope::message::received::is_internal(
        "2002:a05:6a20::1".parse().unwrap()
    ));
    assert_eq!(n, 3);
}

#[test]
fn yahoo() {
    let n = check_family("Yahoo", &[
        case("from 209.85.221.54 (EHLO mail-wr1-f54.google.com) by 10.197.32.111 with SMTPs (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256); Tue, 03 Nov 2026 09:00:01 +0000",
            Some("209.85.221.54"), Some("mail-wr1-f54.google.com"), None, "10.197.32.111"),
        case("from 203.0.113.77 (HELO out.example.org) by 10.217.151.74 with SMTP; Tue, 03 Nov 2026 09:00:01 +0000",
            Some("203.0.113.77"), Some("out.example.org"), None, "10.217.151.74"),
    ]);
    // Yahoo's internal step: an address with no HELO is not read as the client.
    let y = parse("from 10.197.32.111 by atlas322.free.mail.ne1.yahoo.com with HTTP; Tue, 03 Nov 2026 09:00:02 +0000");
    assert_eq!(y.from_ip, None);
    assert_eq!(n, 2);
}

#[test]
fn haraka_opensmtpd_courier() {
    let n = check_family("Haraka/OpenSMTPD/Courier", &[
        case("from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.net (Haraka/3.0.3) with ESMTPS id 2B7C3A1D-1E2F-4A5B-8C9D-0E1F2A3B4C5D.1 envelope-from <a@example.org> (version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384); Mon, 02 Nov 2026 10:00:00 +0000",
            Some("192.0.2.10"), Some("mail.example.org"), Some("mail.example.org"), "mx.example.net"),
        case("from mail.example.org (mail.example.org [192.0.2.10]) by mx.example.net (OpenSMTPD) with ESMTPS id 1a2b3c4d (TLSv1.3:TLS_AES_256_GCM_SHA384:256:NO) for <bob@example.net>; Mon, 2 Nov 2026 10:00:00 +0000 (UTC)",
            Some("192.0.2.10"), Some("mail.example.org"), Some("mail.example.org"), "mx.example.net"),
        case("from claimed.example (mail.example.org [::ffff:192.0.2.10]) (TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384) by mx.example.net with ESMTPS; Mon, 02 Nov 2026 10:00:00 +0000 id 0000000000123ABC.000000005F9FF000.00001234",
            Some("192.0.2.10"), Some("claimed.example"), Some("mail.example.org"), "mx.example.net"),
    ]);
    let c = parse("from claimed.example (mail.example.org [::ffff:192.0.2.10]) by mx.example.net with ESMTP; Mon, 02 Nov 2026 10:00:00 +0000 id 0000000000123ABC.000000005F9FF000.00001234");
    assert_eq!(
        c.id.as_deref(),
        Some("0000000000123ABC.000000005F9FF000.00001234")
    );
    assert_eq!(n, 3);
}

#[test]
fn security_gateways() {
    let n = check_family("gateways", &[
        // Proofpoint (Sendmail-based MX) and its content filter's loopback hop.
        case("from mail.example.org (mail.example.org [192.0.2.10]) by mx0a-00123401.pphosted.com (8.18.1.2/8.18.1.2) with ESMTPS id 4abcd1234 (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT) for <bob@example.net>; Mon, 2 Nov 2026 10:00:00 -0500",
            Some("192.0.2.10"), Some("mail.example.org"), Some("mail.example.org"), "mx0a-00123401.pphosted.com"),
        case("from pps.filterd (m0123401.ppops.net [127.0.0.1]) by mx0a-00123401.pphosted.com (8.18.1.2/8.18.1.2) with SMTP id 4abcd1235; Mon, 2 Nov 2026 10:00:01 -0500",
            Some("127.0.0.1"), Some("pps.filterd"), Some("m0123401.ppops.net"), "mx0a-00123401.pphosted.com"),
        // Mimecast.
        case("from mail.example.org (mail.example.org [192.0.2.10]) by relay.mimecast.com with ESMTP with STARTTLS (version=TLSv1.2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id us-mta-12-AbCdEfGhIj-1; Mon, 02 Nov 2026 10:00:00 -0500",
            Some("192.0.2.10"), Some("mail.example.org"), Some("mail.example.org"), "relay.mimecast.com"),
        // Cisco Secure Email (IronPort): remote host, (HELO x), ([ip]); no weekday.
        case("from mail.example.org (HELO claimed.example) ([192.0.2.10]) by esa1.example.iphmx.com with ESMTP/TLS/ECDHE-RSA-AES256-GCM-SHA384; 02 Nov 2026 10:00:00 -0500",
            Some("192.0.2.10"), Some("claimed.example"), None, "esa1.example.iphmx.com"),
        case("from unknown (HELO claimed.example) ([192.0.2.10]) by esa2.example.iphmx.com with ESMTP; 02 Nov 2026 10:00:00 -0500",
            Some("192.0.2.10"), Some("claimed.example"), None, "esa2.example.iphmx.com"),
        // Barracuda Email Security Service.
        case("from mail.example.org (mail.example.org [192.0.2.10]) by mx-inbound1-123.us-east-2a.ess.aws.cudaops.com (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NO) with ESMTPS id AbCdEfGh12345678 for <bob@example.net>; Mon, 02 Nov 2026 15:00:00 +0000",
            Some("192.0.2.10"), Some("mail.example.org"), Some("mail.example.org"), "mx-inbound1-123.us-east-2a.ess.aws.cudaops.com"),
    ]);
    assert_eq!(n, 6);
}

#[test]
fn ambiguous_lines_give_no_ip_and_say_why() {
    // Two "by": where the client's text ends cannot be told.
    let h = parse("from x by evil (x [203.0.113.5]) (unknown [198.51.100.7]) by mx.example.net (Postfix); Mon, 2 Nov 2026 10:00:00 +0100");
    assert_eq!((h.from_ip, h.ip_issue), (None, Some(IpIssue::SeveralBy)));
    let h = parse("from x ( (unknown [198.51.100.7]) by mx.example.net (Postfix); Mon, 2 Nov 2026 10:00:00 +0100");
    assert_eq!((h.from_ip, h.ip_issue), (None, Some(IpIssue::Unbalanced)));
    // Exim's own record first and an address group after it: one was written by the client.
    let h = parse("from [198.51.100.7] (helo=a) (x [203.0.113.5]) by mx.example.com; Mon, 2 Nov 2026 10:00:00 +0100");
    assert_eq!((h.from_ip, h.ip_issue), (None, Some(IpIssue::Conflict)));
    // A HELO holding an address group: the receiver's group is the last one.
    let h = parse("from x (evil [203.0.113.5]) (unknown [198.51.100.7]) by mx.example.net (Postfix); Mon, 2 Nov 2026 10:00:00 +0100");
    assert_eq!(h.from_ip, Some("198.51.100.7".parse().unwrap()));
    assert_eq!(
        h.ip_issue,
        Some(IpIssue::LastOfSeveral("198.51.100.7".parse().unwrap()))
    );
    let c = chain(std::slice::from_ref(&h.raw), None, None);
    assert!(
        c.warnings
            .iter()
            .any(|w| w.en().contains("198.51.100.7, the last one")),
        "{:?}",
        c.warnings
    );
}

/// A deterministic generator (xorshift) of HELO strings built from the
/// pieces that confuse parsers: address literals, parenthesised groups,
/// `helo=`, `HELO`, brackets, IPv6, keywords and unbalanced parentheses.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

fn helo_string(rng: &mut Rng) -> String {
    const PIECES: [&str; 24] = [
        "mail.example.org",
        "[203.0.113.5]",
        "(evil [203.0.113.6])",
        "(203.0.113.7)",
        "helo=x",
        "([203.0.113.8] helo=y)",
        "[IPv6:2001:db8:bad::1]",
        "(unknown [2001:db8:bad::2])",
        "(",
        ")",
        " ",
        "[",
        "]",
        "HELO",
        "(EHLO z)",
        "203.0.113.9",
        "user@203.0.113.10",
        "with",
        "id",
        "via",
        "by",
        "port=25",
        ":2525",
        "(may be forged)",
    ];
    let len = 1 + rng.next() % 6;
    (0..len)
        .map(|_| rng.pick(&PIECES))
        .collect::<Vec<_>>()
        .join(if rng.next().is_multiple_of(2) {
            " "
        } else {
            ""
        })
}

#[test]
fn property_the_client_ip_never_comes_from_the_helo() {
    // The receiver's real address is from 198.51.100.0/24 (or 2001:db8:900d::/48);
    // everything the client writes uses 203.0.113.0/24 or 2001:db8:bad::/48.
    const TEMPLATES: [&str; 10] = [
        "from {H} (unknown [198.51.100.7]) by mx.example.net (Postfix) with ESMTP id 1; Mon, 2 Nov 2026 10:00:00 +0100",
        "from {H} (rdns.example [198.51.100.7]:4000) by mx.example.net (Postfix) with ESMTP id 1; Mon, 2 Nov 2026 10:00:00 +0100",
        "from rdns.example ([198.51.100.7]:40000 helo={H}) by mx.example.com with esmtp (Exim 4.96) id 1; Mon, 2 Nov 2026 10:00:00 +0100",
        "from [198.51.100.7] (port=40000 helo={H}) by mx.example.com with esmtp (Exim 4.96) id 1; Mon, 2 Nov 2026 10:00:00 +0100",
        "from {H} (rdns.example [198.51.100.7] (may be forged)) by mx.example.edu (8.17.1/8.17.1) with ESMTP id 1; Mon, 2 Nov 2026 10:00:00 +0100",
        "from unknown (HELO {H}) (198.51.100.7) by mx.example.com with SMTP; 2 Nov 2026 10:00:00 -0000",
        "from {H} (198.51.100.7) by X.mail.protection.outlook.com (10.1.1.1) with Microsoft SMTP Server id 15.20.1 via Frontend Transport; Mon, 2 Nov 2026 10:00:00 +0000",
        "from 198.51.100.7 (EHLO {H}) by 10.197.32.111 with SMTPs; Mon, 2 Nov 2026 10:00:00 +0000",
        "from {H} ([IPv6:2001:db8:900d::7]) by mx.example.net with ESMTP; Mon, 2 Nov 2026 10:00:00 +0000",
        "from rdns.example (HELO {H}) ([198.51.100.7]) by esa1.example.iphmx.com with ESMTP; 02 Nov 2026 10:00:00 -0500",
    ];
    let mut read = 0;
    for seed in [
        0x9e37_79b9_7f4a_7c15,
        0x1234_5678_9abc_def1,
        0xdead_beef_cafe_f00d,
        42,
    ] {
        let mut rng = Rng(seed);
        for _ in 0..1000 {
            let helo = helo_string(&mut rng);
            for t in TEMPLATES {
                let line = t.replace("{H}", &helo);
                let h = parse(&line);
                if let Some(ip) = h.from_ip {
                    let s = ip.to_string();
                    assert!(
                        s == "198.51.100.7" || s == "2001:db8:900d::7",
                        "client IP {s} taken from the HELO {helo:?} in {line}"
                    );
                    read += 1;
                }
            }
        }
    }
    // Most lines still give the receiver's address (the rest say why not).
    assert!(
        read > 20_000,
        "only {read} of 40000 lines gave the receiver's address"
    );
}

#[test]
fn dates_as_mtas_write_them() {
    let r = |s: &str| read_date(s).map(|d| (d.timestamp, d.deviation));
    // 2018-04-21T03:01:16Z
    assert_eq!(
        r("4/20/2018 11:01:16 PM -0400"),
        Some((1_524_279_676, Some(DateDeviation::AmPm)))
    );
    assert_eq!(
        r("Fri, 20 Apr 2018 23:01:16 -0400"),
        Some((1_524_279_676, None))
    );
    assert_eq!(
        r("20 Apr 2018 23:01:16 -0400 (EDT)"),
        Some((1_524_279_676, None))
    );
    assert_eq!(
        r("Fri, 20 Apr 18 23:01:16 -0400"),
        Some((1_524_279_676, Some(DateDeviation::TwoDigitYear(2018))))
    );
    assert_eq!(
        r("Sat, 21 Apr 2018 03:01:16 -0000"),
        Some((1_524_279_676, Some(DateDeviation::UnknownZone)))
    );
    assert_eq!(
        r("Fri, 20 Apr 2018 23:01:16 EDT"),
        Some((1_524_279_676, Some(DateDeviation::NamedZone)))
    );
    assert_eq!(
        r("2018-04-21 03:01:16.123456789 +0000 UTC"),
        Some((1_524_279_676, Some(DateDeviation::IsoStyle)))
    );
    assert_eq!(
        r("2018-04-20T23:01:16-04:00"),
        Some((1_524_279_676, Some(DateDeviation::IsoStyle)))
    );
    // Never a wrong time: no zone, a day that does not exist, words left over.
    for bad in [
        "Fri, 20 Apr 2018 23:01:16",
        "31 Feb 2018 10:00:00 +0000",
        "20 Apr 2018 25:00:00 +0000",
        "13/20/2018 11:01:16 PM -0400",
        "soon",
        "",
    ] {
        assert_eq!(read_date(bad), None, "{bad}");
    }
}

#[test]
fn table_delays_skew_and_flags() {
    let received = vec![
        // topmost = last hop
        "from localhost (localhost [127.0.0.1]) by mx.example.net (Postfix) with ESMTP id C; Mon, 2 Nov 2026 10:02:30 +0100".to_string(),
        "from out.example.org (out.example.org [IPv6:2001:db8::25]) by mx.example.net (Postfix) with ESMTPS id B; Mon, 2 Nov 2026 10:00:10 +0100".to_string(),
        "from laptop ([10.1.2.3]) by out.example.org with ESMTPSA id A; Mon, 2 Nov 2026 09:00:20 +0000".to_string(),
    ];
    let c = chain(&received, Some("Mon, 2 Nov 2026 09:00:05 +0000"), None);
    assert_eq!(c.hops.len(), 3);
    // Chronological: hop 1 is the bottom header.
    assert_eq!(c.hops[0].header_index, 2);
    assert_eq!(c.hops[0].delay_secs, Some(15));
    assert!(c.hops[0].ip_private && c.hops[0].authenticated && c.hops[0].tls);
    assert_eq!(c.hops[1].ip_version, Some(6));
    assert!(!c.hops[1].ip_private);
    // 09:00:20Z → 10:00:10+01:00 = 09:00:10Z: ten seconds "before" the previous
    // hop, within what unsynchronized clocks explain: not flagged.
    assert_eq!(c.hops[1].delay_secs, Some(-10));
    assert!(!c.hops[1].clock_skew);
    assert_eq!(c.hops[2].delay_secs, Some(140));
    assert!(!c.hops[2].tls);
    assert_eq!(c.total_delay_secs, Some(145));
    // The boundary: the topmost hop from a public address.
    assert_eq!(c.boundary, Some(1));
    assert!(c.hops[1].boundary);
    assert!(c.boundary_source.en().starts_with("automatic"));
    assert_eq!(c.boundary_kind, "public-hop");
    // Two minutes "before" the previous hop is clock skew.
    let skewed = vec![
        "from out.example.org (out.example.org [192.0.2.1]) by mx.example.net with ESMTP id B; Mon, 2 Nov 2026 09:58:00 +0100".to_string(),
    ];
    let s = chain(&skewed, Some("Mon, 2 Nov 2026 09:00:05 +0000"), None);
    assert_eq!(s.hops[0].delay_secs, Some(-125));
    assert!(s.hops[0].clock_skew);
    // The user moves it.
    let moved = chain(&received, None, Some(2));
    assert_eq!(moved.boundary, Some(2));
    assert!(moved.hops[0].boundary);
    assert!(moved.boundary_source.en().contains("moved by the user"));
    assert_eq!(moved.boundary_kind, "user");
    let bad = chain(&received, None, Some(9));
    assert_eq!(bad.boundary, Some(1));
    assert_eq!(bad.warnings.len(), 1);
}

#[test]
fn an_unreadable_date_gives_no_timestamp_and_a_note() {
    let c = chain(
        &[
            "from a (a [192.0.2.1]) by mx.example.net; sometime yesterday".to_string(),
            "from b (b [192.0.2.2]) by a".to_string(),
        ],
        None,
        None,
    );
    assert!(c
        .hops
        .iter()
        .all(|h| h.timestamp.is_none() && h.delay_secs.is_none()));
    assert!(
        c.warnings.iter().any(|w| w.en().contains("does not parse")),
        "{:?}",
        c.warnings
    );
    assert!(
        c.warnings.iter().any(|w| w.en().contains("has no date")),
        "{:?}",
        c.warnings
    );
}

#[test]
fn microsoft_internal_hops_are_not_the_boundary() {
    let received = vec![
        "from AM9PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:1::1) by DB9PR02MB5678.eurprd02.prod.outlook.com with HTTPS; Thu, 5 Nov 2026 09:10:13 +0000".to_string(),
        "from AM4PEPF00027A5F.eurprd04.prod.outlook.com (2603:10a6:20b:2::2) by AM9PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:1::1) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1; Thu, 5 Nov 2026 09:10:12 +0000".to_string(),
        "from DM6NAM10FT006.eop-nam10.prod.protection.outlook.com (2603:10b6:5:1e0:cafe::4d) by DM6PR05CA0049.outlook.office365.com (2603:10b6:5:1e0::26) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8989.13 via Frontend Transport; Thu, 5 Nov 2026 09:10:12 +0000".to_string(),
        "from mail.contoso.example (mail.contoso.example [198.51.100.25]) by DM6NAM10FT006.mail.protection.outlook.com (10.167.16.74) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.2 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000".to_string(),
    ];
    let c = chain(&received, None, None);
    assert_eq!(c.boundary, Some(3));
    assert_eq!(c.boundary_kind, "internal-hops");
    assert!(
        c.boundary_source.en().contains("Microsoft"),
        "{:?}",
        c.boundary_source
    );
    assert_eq!(c.hops[0].from_ip.as_deref(), Some("198.51.100.25"));
}
