#!/usr/bin/env python3
# coding: ascii
x = 'é'
