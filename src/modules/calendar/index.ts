import { Router } from 'express';
import { serverWorkLimit } from '../../http/socket-idle';
import { defineModule } from '../module';
import { calendarRouter } from './calendar.route';
import { subscribeCalendar } from './calendar.subscribers';
import { calendarResolvers } from './resolvers';

export const calendarModule = defineModule({
  name: 'calendar',
  resolvers: calendarResolvers,
  subscribe: subscribeCalendar,
  // Feeds are GETs: a cold build (half a minute at 100,000 workshops on FerretDB) is server work.
  routes: (deps) => [Router().use('/calendar', serverWorkLimit()), calendarRouter(deps)],
});
