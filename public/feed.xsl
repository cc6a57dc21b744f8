<?xml version="1.0" encoding="utf-8"?>
<!-- Shows a Policy Atlas Atom feed as a readable page when it is opened in a browser. Every value is output as
     text (xsl:value-of escapes it), so names in the feed can never become markup. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="utf-8" doctype-system="about:legacy-compat"/>
  <xsl:template match="/atom:feed">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="atom:title"/></title>
        <style>
          body { font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1e293b; line-height: 1.5; }
          h1 { font-size: 1.5rem; margin-bottom: 0.25rem; }
          .about { background: #f1f5f9; border-radius: 0.5rem; padding: 0.75rem 1rem; font-size: 0.9rem; }
          li { margin: 0.75rem 0; list-style: none; }
          ul { padding: 0; }
          a { color: #1d4ed8; }
          .meta { color: #475569; font-size: 0.85rem; }
        </style>
      </head>
      <body>
        <h1 data-testid="feed-title"><xsl:value-of select="atom:title"/></h1>
        <p><xsl:value-of select="atom:subtitle"/></p>
        <p class="about">This is a news feed. Copy its address into a feed reader to follow it; new events and articles appear there newest first.
          <a href="{atom:link[@rel='alternate']/@href}">Open the page it follows</a>.</p>
        <ul>
          <xsl:for-each select="atom:entry">
            <li data-testid="feed-entry">
              <a href="{atom:link/@href}"><xsl:value-of select="atom:title"/></a>
              <div class="meta"><xsl:value-of select="atom:category/@label"/> · <xsl:value-of select="substring(atom:published, 1, 10)"/></div>
              <div><xsl:value-of select="atom:summary"/></div>
            </li>
          </xsl:for-each>
        </ul>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
