//! The hop table: the formats of Postfix, Exim, Sendmail, Exchange/Microsoft 365
//! and Gmail; delays, clock skew, TLS, address flags and the movable boundary.

use headerscope::message::received::{chain, parse};

#[test]
fn postfix_tls_comment() {
    let h = parse("from mail.example.org (mail.example.org [192.0.2.7]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits)) (No client certificate requested) by mx.example.net (Postfix) with ESMTPS id 4AbC for <bob@example.net>; Mon, 2 Nov 2026 10:00:00 +0100");
    assert!(h.tls);
    assert_eq!(h.tls_version.as_deref(), Some("TLSv1.3"));
    assert_eq!(h.cipher.as_deref(), Some("TLS_AES_256_GCM_SHA384"));
    assert_eq!(h.by.as_deref(), Some("mx.example.net"));
    assert_eq!(h.with.as_deref(), Some("ESMTPS"));
    assert_eq!(h.id.as_deref(), Some("4AbC"));
}

#[test]
fn exim_formats() {
    let h = parse("from [198.51.100.4] (helo=client.example) by mx.example.com with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <a@example.com>) id 1q2w3e-000abc-Zz for bob@example.com; Tue, 03 Nov 2026 01:02:03 +0000");
    assert!(h.tls && h.authenticated);
    assert_eq!(h.tls_version.as_deref(), Some("TLS1.3"));
    assert_eq!(h.cipher.as_deref(), Some("TLS_AES_256_GCM_SHA384"));
    assert_eq!(h.id.as_deref(), Some("1q2w3e-000abc-Zz"));
    let old = parse("from host.example ([203.0.113.5]) by mx.example.com with esmtps (TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256) (Exim 4.92) id x; Tue, 03 Nov 2026 01:02:03 +0000");
    assert_eq!(old.tls_version.as_deref(), Some("TLS1.2"));
    assert_eq!(old.cipher.as_deref(), Some("ECDHE-RSA-AES256-GCM-SHA384"));
}

#[test]
fn sendmail_microsoft_gmail() {
    let s = parse("from out.example.org (out.example.org [203.0.113.9] (may be forged)) by mx.example.edu (8.17.1/8.17.1) with ESMTPS id 5A1B2C3D (version=TLSv1.2 cipher=ECDHE-RSA-AES256-GCM-SHA384 bits=256 verify=NOT) for <u@example.edu>; Wed, 4 Nov 2026 08:00:00 -0500");
    assert_eq!(s.from_ip, Some("203.0.113.9".parse().unwrap()));
    assert_eq!(s.tls_version.as_deref(), Some("TLSv1.2"));
    assert_eq!(s.cipher.as_deref(), Some("ECDHE-RSA-AES256-GCM-SHA384"));
    let m = parse("from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2090.outbound.protection.outlook.com [40.107.22.90]) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.74) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8182.1 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000");
    assert_eq!(m.with.as_deref(), Some("Microsoft SMTP Server"));
    assert_eq!(m.tls_version.as_deref(), Some("TLS1_3"));
    assert_eq!(m.cipher.as_deref(), Some("TLS_AES_256_GCM_SHA384"));
    assert_eq!(m.id.as_deref(), Some("15.20.8182.1"));
    assert_eq!(m.via.as_deref(), Some("Frontend Transport"));
    assert_eq!(m.from_ip, Some("40.107.22.90".parse().unwrap()));
    let g = parse("from mail-sor-f41.google.com (mail-sor-f41.google.com. [209.85.220.41]) by mx.google.com with SMTPS id a1sor123.2026.11.03 for <bob@gmail.com> (Google Transport Security); Tue, 03 Nov 2026 01:02:05 -0800 (PST)");
    assert!(g.tls);
    assert_eq!(g.helo.as_deref(), Some("mail-sor-f41.google.com"));
    assert_eq!(g.for_addr.as_deref(), Some("bob@gmail.com"));
}

#[test]
fn table_delays_skew_and_flags() {
    let received = vec![
        // topmost = last hop
        "from localhost (localhost [127.0.0.1]) by mx.example.net (Postfix) with ESMTP id C; Mon, 2 Nov 2026 10:00:30 +0100".to_string(),
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
    // 09:00:20Z → 10:00:10+01:00 = 09:00:10Z: ten seconds *before* the previous hop.
    assert_eq!(c.hops[1].delay_secs, Some(-10));
    assert!(c.hops[1].clock_skew);
    assert_eq!(c.hops[2].delay_secs, Some(20));
    assert!(!c.hops[2].tls);
    assert_eq!(c.total_delay_secs, Some(25));
    // The boundary: the topmost hop from a public address.
    assert_eq!(c.boundary, Some(1));
    assert!(c.hops[1].boundary);
    assert!(c.boundary_source.starts_with("automatic"));
    // The user moves it.
    let moved = chain(&received, None, Some(2));
    assert_eq!(moved.boundary, Some(2));
    assert!(moved.hops[0].boundary);
    assert!(moved.boundary_source.contains("moved by the user"));
    let bad = chain(&received, None, Some(9));
    assert_eq!(bad.boundary, Some(1));
    assert_eq!(bad.warnings.len(), 1);
}

#[test]
fn microsoft_internal_hops_are_not_the_boundary() {
    let received = vec![
        "from AM9PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:1::1) by DB9PR02MB5678.eurprd02.prod.outlook.com with HTTPS; Thu, 5 Nov 2026 09:10:13 +0000".to_string(),
        "from AM4PEPF00027A5F.eurprd04.prod.outlook.com (2603:10a6:20b:2::2) by AM9PR02MB1234.eurprd02.prod.outlook.com (2603:10a6:20b:1::1) with Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.1; Thu, 5 Nov 2026 09:10:12 +0000".to_string(),
        "from mail.contoso.example (mail.contoso.example [198.51.100.25]) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.74) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.2 via Frontend Transport; Thu, 5 Nov 2026 09:10:11 +0000".to_string(),
    ];
    let c = chain(&received, None, None);
    assert_eq!(c.boundary, Some(2));
    assert_eq!(c.hops[0].from_ip.as_deref(), Some("198.51.100.25"));
}
