import 'reflect-metadata';
import { Controller, Get, type INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { JsonReplyAdapter, utf8Body } from './json-reply-adapter';

const TEXTS = {
  ascii: JSON.stringify({ title: 'Harris meets AMLO', n: 1 }),
  latin1: JSON.stringify({ name: 'Andrés Manuel López Obrador' }),
  wide: JSON.stringify({ snippet: '…she said — “count on us”’' }),
  astral: JSON.stringify({ emoji: 'flag 🇲🇽 and 😀' }),
  // JSON.stringify escapes a lone surrogate, so the text stays well-formed.
  lone: JSON.stringify({ broken: 'a\ud800b' }),
};

describe('utf8Body', () => {
  it.each(Object.entries(TEXTS))('gives the UTF-8 of the text (%s)', (_, text) => {
    const body = utf8Body(text);
    const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(JSON.parse(text));
  });

  it('leaves a text without characters above U+00FF to Node as a string, and encodes the others itself', () => {
    expect(typeof utf8Body(TEXTS.ascii)).toBe('string');
    expect(typeof utf8Body(TEXTS.latin1)).toBe('string');
    expect(Buffer.isBuffer(utf8Body(TEXTS.wide))).toBe(true);
    expect(Buffer.isBuffer(utf8Body(TEXTS.astral))).toBe(true);
  });
});

const ANSWER = { title: 'López Obrador…', quotes: '“count on us”', emoji: '🇲🇽', plain: 'x' };

@Controller()
class SampleController {
  @Get('answer')
  answer() {
    return ANSWER;
  }

  @Get('text')
  text() {
    return 'plain text, not JSON';
  }
}

@Module({ controllers: [SampleController] })
class SampleModule {}

describe('JsonReplyAdapter', () => {
  let app: INestApplication;
  let base: string;

  beforeAll(async () => {
    app = await NestFactory.create(SampleModule, new JsonReplyAdapter(), { logger: false });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers an object as UTF-8 JSON with the right length', async () => {
    const response = await fetch(`${base}/answer`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(JSON.parse(bytes.toString('utf8'))).toEqual(ANSWER);
  });

  it('answers anything else the usual way', async () => {
    const response = await fetch(`${base}/text`);
    expect(await response.text()).toBe('plain text, not JSON');
  });
});
