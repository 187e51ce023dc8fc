import { describe, expect, it } from 'vitest';
import { parseCopyrightLine, sameOwner } from '../../src/lib/copyright.js';

describe('copyright lines', () => {
  it.each([
    ['Copyright (c) 2017 The Norwegian Digitalisation Agency', { holder: 'The Norwegian Digitalisation Agency' }],
    ['Copyright (c) 2014-2017, the respective contributors', { holder: 'the respective contributors' }],
    ['Copyright 1989, 1991 - present Acme Inc. All rights reserved.', { holder: 'Acme Inc' }],
    [
      '"Copyright © [año]. Banco Interamericano de Desarrollo. Uso autorizado."',
      { holder: 'Banco Interamericano de Desarrollo. Uso autorizado' },
    ],
    ['(C) 2020 by Jane Doe', { holder: 'Jane Doe' }],
    ['© UNICEF 2023', { holder: 'UNICEF 2023' }],
    ['Copyright (c) <year> <copyright holders>', { template: true }],
    ['Copyright [yyyy] [name of copyright owner]', { template: true }],
    ['Copyright {yyyy} {name of copyright owner}', { template: true }],
    ['Gnomovision version 69, Copyright (C) year name of author', { template: true }],
    ['Copyright 2012-2017', { template: true }],
    ['AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM', undefined],
    ['submitted to Licensor for inclusion in the Work by the copyright owner', undefined],
    ['(c) For a Combined Work that displays copyright notices', undefined],
    ['COPYRIGHT', undefined],
    ['## ©️ Open source', undefined],
    ['No statement here', undefined],
  ])('%s', (line, expected) => {
    expect(parseCopyrightLine(line)).toEqual(expected);
  });

  it.each([
    ['Example Foundation', 'example foundation', true],
    ['Example Foundation, Inc', 'Example', true],
    ['OpenConceptLab', 'Open Concept Lab', true],
    ['Estonian Information System Authority (RIA)', 'RIA', true],
    ['UNICEF Office of Innovation', 'UNICEF', true],
    ['Acme Health Ltd', 'Acme Health Foundation', true],
    ['The Regents of the University of California', 'University of California, Berkeley', true],
    ['Jane Doe', 'Example Foundation', false],
    ['The Apache Software Foundation', 'Example Foundation', false],
    ['The contributors', 'Open Source Foundation', false],
  ])('sameOwner(%s, %s) is %s', (holder, owner, expected) => {
    expect(sameOwner(holder, owner)).toBe(expected);
  });
});
