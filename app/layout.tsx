import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { messages } from '@/lib/i18n/messages';
import './globals.css';

export const metadata: Metadata = {
  title: { default: messages.site.publicTitle, template: `%s · ${messages.site.name}` },
  description: '市中区民政局政府信息公开、法治政府建设与行政执法公示平台',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          {messages.site.skipToContent}
        </a>
        {children}
      </body>
    </html>
  );
}
